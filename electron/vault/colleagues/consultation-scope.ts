import type { PackageContents } from '../../../shared/contract/colleagues';
import type { ConsultationScope } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { ExportedCase } from '../records/exchange/export-format';
import { createGuard, type Guard } from '../report/guard/guard-texts';
import type { GuardFinding, VaultIdentifier } from '../report/guard/guard-types';

/*
 * What a consultation package holds, decided by the scope the affected person chose:
 *
 * - everything: the whole case as the export format writes it, bilag included (but no
 *   learning points: see applyConsultationScope);
 * - summary_and_assessment: the case's intake fields, summary and severity assessments;
 *   no parties, notes, agreements, ledgers, tasks, bilag or learning points;
 * - without_names: the whole case except bilag (a file cannot be searched for names),
 *   with the parties' names, nicknames, e-mails, phones and units removed and every
 *   occurrence of them in any free text replaced by "[navn]": first as written (any
 *   case), then whatever the learning document's re-identification guard still finds
 *   (other spellings such as "Soeren" for "Søren", one or two typing errors, genitive,
 *   and CPR numbers, phone numbers and e-mails by pattern).
 *
 * The result is still a valid export-format case, so the receiver imports it with the
 * same checks as any export file.
 */

export const REDACTED = '[navn]';

/** Every free-text field of the export format (docs/import-export.md), wherever it sits. */
const FREE_TEXT_KEYS = new Set([
  'summary',
  'reason',
  'description',
  'title',
  'body',
  'editReason',
  'note',
  'otherAction',
  'scope',
  'overrideReason',
  'rationale',
  'wishes',
  'disclosure',
  'otherPartyInvolvement',
  'text',
]);

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What names a party: the full strings and each part of a name long enough to mean something. */
function identifiersOf(record: ExportedCase): string[] {
  const found = new Set<string>();
  const add = (value: string | null) => {
    const trimmed = value?.trim();
    if (!trimmed) return;
    found.add(trimmed);
    for (const part of trimmed.split(/[\s\-.,@'’()]+/u)) if (part.length >= 2) found.add(part);
  };
  for (const party of record.parties) {
    add(party.name);
    add(party.nickname);
    add(party.unit);
    add(party.email);
    if (party.email) add(party.email.split('@')[0] ?? null);
  }
  for (const agreement of record.agreements) for (const signer of agreement.signature?.signedBy ?? []) add(signer);
  return [...found].sort((a, b) => b.length - a.length);
}

/** Phone numbers match with any spacing between their digits. */
function phonePatterns(record: ExportedCase): string[] {
  return record.parties
    .map((party) => party.phone?.replace(/\D/g, '') ?? '')
    .filter((digits) => digits.length >= 4)
    .map((digits) => [...digits].map(escapeRegExp).join('[\\s.-]*'));
}

/** The parties' identifiers as the guard's dictionary. */
function guardDictionary(record: ExportedCase): VaultIdentifier[] {
  const entries: VaultIdentifier[] = [];
  const add = (kind: VaultIdentifier['kind'], value: string | null) => {
    if (value?.trim()) entries.push({ kind, value: value.trim() });
  };
  for (const party of record.parties) {
    add('name', party.name);
    add('nickname', party.nickname);
    add('unit', party.unit);
    add('email', party.email);
    add('phone', party.phone);
  }
  for (const agreement of record.agreements) for (const signer of agreement.signature?.signedBy ?? []) add('name', signer);
  return entries;
}

/** Dictionary hits of any kind, and the patterns that identify a person on their own; dates and ages stay. */
function identifies(finding: GuardFinding): boolean {
  return finding.rule !== 'pattern' || finding.kind === 'cpr' || finding.kind === 'phone' || finding.kind === 'email';
}

function redactFindings(text: string, guard: Guard): string {
  const spans = guard.strings([text]).filter(identifies).sort((a, b) => b.start - a.start);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const span of spans) {
    // Overlapping hits: the later one in the text was replaced already up to `limit`.
    const end = Math.min(span.end, limit);
    if (end <= span.start) continue;
    result = result.slice(0, span.start) + REDACTED + result.slice(end);
    limit = span.start;
  }
  return result;
}

function redactor(record: ExportedCase): (text: string) => string {
  const patterns = [...phonePatterns(record), ...identifiersOf(record).map(escapeRegExp)];
  const exact = patterns.length === 0 ? null : new RegExp(patterns.join('|'), 'giu');
  const guard = createGuard(guardDictionary(record));
  return (text) => redactFindings(exact === null ? text : text.replace(exact, REDACTED), guard);
}

function redactDeep(value: unknown, redact: (text: string) => string, key: string | null): unknown {
  if (typeof value === 'string') return key !== null && FREE_TEXT_KEYS.has(key) ? redact(value) : value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redactDeep(item, redact, name)]));
  }
  return value;
}

function freeTextOf(value: unknown, key: string | null = null): string {
  if (typeof value === 'string') return key !== null && (FREE_TEXT_KEYS.has(key) || NAME_KEYS.has(key)) ? `${value}\n` : '';
  if (Array.isArray(value)) return value.map((item) => freeTextOf(item, key)).join('');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([name, item]) => freeTextOf(item, name)).join('');
  return '';
}

const NAME_KEYS = new Set(['name', 'nickname', 'unit', 'email', 'phone', 'signedBy', 'fileName']);

function withoutNames(record: ExportedCase): ExportedCase {
  const identifiers = identifiersOf(record);
  const redact = redactor(record);
  const redacted = redactDeep(record, redact, null) as ExportedCase;
  const result: ExportedCase = {
    ...redacted,
    parties: redacted.parties.map((party) => ({ ...party, name: null, nickname: null, unit: null, email: null, phone: null })),
    attachments: [],
    agreements: redacted.agreements.map((agreement) => ({
      ...agreement,
      signedCopyAttachmentId: null,
      signature: agreement.signature === null ? null : { ...agreement.signature, signedBy: agreement.signature.signedBy.map(() => REDACTED) },
    })),
  };
  // A last look: nothing that names a party may be left in any free text or name field.
  const text = freeTextOf(result).toLocaleLowerCase('da');
  const left = identifiers.filter((identifier) => identifier.length >= 3 && text.includes(identifier.toLocaleLowerCase('da')));
  if (left.length > 0) throw new AppError('INTERNAL', 'A name was left in a package without names; nothing was written.');
  return result;
}

function summaryAndAssessment(record: ExportedCase): ExportedCase {
  return {
    ...record,
    statusHistory: record.statusHistory.map((change) => ({ ...change, reason: null })),
    parties: [],
    notes: [],
    conversations: [],
    consents: [],
    actionsTaken: [],
    tasks: [],
    attachments: [],
    agreements: [],
    learningPoints: [],
  };
}

/**
 * Learning points never go for consultation, whatever the scope: they are written for the
 * sender's learning document, and a copy of them in the colleague's vault could be chosen
 * for the joint document a second time.
 */
export function applyConsultationScope(record: ExportedCase, scope: ConsultationScope): ExportedCase {
  const scoped = scope === 'everything' ? record : scope === 'summary_and_assessment' ? summaryAndAssessment(record) : withoutNames(record);
  return { ...scoped, learningPoints: [] };
}

export function contentsOf(record: ExportedCase, namesRemoved: boolean): PackageContents {
  return {
    notes: record.notes.length,
    parties: record.parties.length,
    attachments: record.attachments.length,
    agreements: record.agreements.length,
    namesRemoved,
  };
}
