import type { Labels } from '../../../../../shared/domain/labels';
import type { ConsentAction } from '../../../../../shared/domain/vocabulary';

/** A consent's action in words: the listed label, or what the contact person wrote for "other". */
export function consentActionLabel(entry: { action: ConsentAction; otherAction: string | null }, words: Labels): string {
  return entry.action === 'other' && entry.otherAction ? entry.otherAction : words.consentAction[entry.action];
}
