/** The case screen's tabs, in the order a case usually unfolds; each id is a URL segment. */
export const CASE_SECTIONS = [
  'overview',
  'journal',
  'conversations',
  'consents',
  'agreements',
  'severity',
  'tasks',
  'attachments',
  'learning',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export function isCaseSection(value: string | undefined): value is CaseSection {
  return (CASE_SECTIONS as readonly (string | undefined)[]).includes(value);
}
