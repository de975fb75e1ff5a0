import type { FindingRule, VaultIdentifier } from './guard-types';
import type { WordPattern } from './identifier-variants';
import type { CommonWordTest } from './stop-words-da';
import type { TextToken } from './tokenise';

/*
 * Two classes of disguise that word-by-word matching misses (issue 14, §3):
 *
 * - A name glued into a compound: "Jensensagen", "Silkeborgafdelingen". A capitalised
 *   word is split where its head is a form of a name or place and its tail an ordinary
 *   word that such compounds end in ("sagen", "episoden", "afdelingen"), optionally
 *   after a linking -s-.
 * - A name that is also an ordinary word, written in lower case ("per", "storm", "line"):
 *   it counts only where the sentence marks it as a name — after "hedder", "kaldet",
 *   "hr."/"fru", in a cleft ("det var per, der …"), or before a verb of speaking.
 */

/** Ordinary words that a compound on a name typically ends in, folded. */
const COMPOUND_TAILS = new Set(
  `sag sagen sagens sager sagerne episode episoden episodens historie historien historiens
   forloeb forloebet forloebets haendelse haendelsen affaere affaeren klage klagen klagerne
   skandale skandalen gate fest festen moede moedet afdeling afdelingen kreds kredsen gruppe
   gruppen gruppens folk folkene opslag opslaget beskeder beskederne traad traaden kommentar
   kommentaren kommentarerne chat chatten tur turen`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);
const MIN_HEAD = 3;
const MIN_TAIL = 3;

/** The head patterns (single words of names and places) by folded form, to split compounds on. */
export type HeadLookup = (folded: string) => readonly { pattern: WordPattern; identifier: VaultIdentifier }[];

export interface SpecialHit {
  identifier: VaultIdentifier;
  start: number;
  end: number;
  rule: FindingRule;
}

export function gluedCompoundHits(tokens: readonly TextToken[], heads: HeadLookup, isCommon: CommonWordTest): SpecialHit[] {
  const hits: SpecialHit[] = [];
  for (const token of tokens) {
    const word = token.folded;
    if (!token.capitalised || word.length < MIN_HEAD + MIN_TAIL) continue;
    for (let split = MIN_HEAD; split <= word.length - MIN_TAIL; split += 1) {
      const head = word.slice(0, split);
      const tail = word.slice(split);
      const tailIsOrdinary = COMPOUND_TAILS.has(tail) || (tail.startsWith('s') && COMPOUND_TAILS.has(tail.slice(1)));
      // A head that is itself an ordinary word ("Skov" in "Skovturen"; the common-word list
      // holds the names that are also words) says nothing.
      if (!tailIsOrdinary || isCommon(head)) continue;
      const found = heads(head).find(({ pattern }) => pattern.fuzzyNeedsCapital);
      if (found !== undefined) {
        hits.push({ identifier: found.identifier, start: token.start, end: token.end, rule: 'normalised' });
        break;
      }
    }
  }
  return hits;
}

const NAME_MARKERS = new Set(['hedder', 'kaldet', 'kaldes', 'kaldte', 'navnet', 'hr', 'fru', 'frk', 'kaere', 'hilsen']);
const SPEECH_VERBS = new Set(['sagde', 'skrev', 'fortalte', 'ringede', 'spurgte', 'svarede', 'mente', 'sms', 'smsede']);
const ARTICLES = new Set(['en', 'et', 'den', 'det', 'de', 'min', 'din', 'sin', 'vores']);

/** Whether the sentence marks the lower-case word at `index` as someone's name. */
export function markedAsName(text: string, tokens: readonly TextToken[], index: number): boolean {
  const before = tokens[index - 1];
  const beforeThat = tokens[index - 2];
  const after = tokens[index + 1];
  const token = tokens[index];
  if (token === undefined) return false;
  if (before !== undefined && NAME_MARKERS.has(before.folded)) return true;
  // Cleft: "det var per, der stod bag" — the slot before ", der/som" is a person.
  const cleft =
    beforeThat?.folded === 'det' &&
    (before?.folded === 'var' || before?.folded === 'er') &&
    /^\s*,\s*(?:der|som)\b/u.test(text.slice(token.end));
  if (cleft) return true;
  const speaks = after !== undefined && SPEECH_VERBS.has(after.folded) && /^\s+$/u.test(text.slice(token.end, after.start));
  return speaks && (before === undefined || !ARTICLES.has(before.folded));
}
