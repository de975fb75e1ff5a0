/**
 * A recovery key in the pieces a line may break between: each group keeps the hyphen
 * that follows it, so a wrapped key still reads (and copies) as `ABCD-EFGH-…`, and no
 * line ever breaks inside a group.
 */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  const groups = recoveryKey.split('-').filter((group) => group !== '');
  return groups.map((group, index) => (index < groups.length - 1 ? `${group}-` : group));
}
