import type { AuditLogEntry } from '../../../../shared/contract/audit';

/*
 * How the aktivitetslog reads to a person: every event code the engine writes, the kind
 * it belongs to (for the filter), and what its subject means ("cases=14" → "14 sager").
 * The engine's codes stay as they are; only their words live here and in the i18n files.
 */

/** Every event the engine appends, grouped by the kind a person filters on. */
export const AUDIT_ACTION_KINDS = {
  'vault.create': 'vault',
  'vault.unlock': 'vault',
  'vault.unlock_failed': 'vault',
  'vault.lock': 'vault',
  'vault.passphrase_changed': 'vault',
  'vault.passphrase_reset': 'vault',
  'vault.recovery_key_replaced': 'vault',
  'vault.raw_key_revealed': 'vault',
  'vault.backup': 'vault',
  'vault.restore': 'vault',
  'vault.export': 'vault',
  'vault.import': 'vault',
  'vault_settings.update': 'settings',
  'agreement_templates.update': 'settings',
  'demo.generate': 'vault',
  'case.create': 'case',
  'case.view': 'case',
  'case.update': 'case',
  'case.status_change': 'case',
  'case.close': 'case',
  'case.reopen': 'case',
  'case.delete': 'case',
  'case.export': 'case',
  'case.import': 'case',
  'party.add': 'case',
  'party.update': 'case',
  'party.remove': 'case',
  'note.create': 'case',
  'note.edit': 'case',
  'note.history_view': 'case',
  'conversation.create': 'case',
  'conversation.update': 'case',
  'conversation.remove': 'case',
  'task.create': 'case',
  'task.update': 'case',
  'task.remove': 'case',
  'severity.assess': 'case',
  'attachment.add': 'case',
  'attachment.export': 'case',
  'attachment.remove': 'case',
  'consent.grant': 'consent',
  'consent.decline': 'consent',
  'consent.withdraw': 'consent',
  'action.record': 'consent',
  'action.record_override': 'consent',
  'agreement.create': 'agreement',
  'agreement.update': 'agreement',
  'agreement.revise': 'agreement',
  'agreement.ready': 'agreement',
  'agreement.withdraw': 'agreement',
  'agreement.view': 'agreement',
  'agreement.print': 'agreement',
  'agreement.export': 'agreement',
  'agreement.export_pdf': 'agreement',
  'agreement.sign': 'agreement',
  'agreement.signed_copy': 'agreement',
  'learning_point.create': 'report',
  'learning_point.update': 'report',
  'learning_point.remove': 'report',
  'report.draft.update': 'report',
  'report.learning_point.include': 'report',
  'report.learning_point.exclude': 'report',
  'report.recommendation.add': 'report',
  'report.recommendation.update': 'report',
  'report.recommendation.remove': 'report',
  'report.export': 'report',
  'report.joint.contribution_sent': 'colleague',
  'report.joint.contribution_received': 'colleague',
  'report.joint.approval_requested': 'colleague',
  'report.joint.approval_refused': 'colleague',
  'report.joint.approved': 'colleague',
  'report.joint.approval_received': 'colleague',
  'report.joint.export': 'report',
  'vault.key_rotated': 'vault',
  'case.shared': 'colleague',
  'case.handover_sent': 'colleague',
  'case.handed_over': 'colleague',
  'case.received': 'colleague',
  'case.received_update': 'colleague',
  'case.received_handover': 'colleague',
  'colleagues.identity_created': 'colleague',
  'colleagues.identity_secret_shown': 'colleague',
  'colleagues.contact_add': 'colleague',
  'colleagues.contact_confirm': 'colleague',
  'colleagues.contact_remove': 'colleague',
  'colleagues.contact_key_changed': 'colleague',
  'colleagues.handover_sent': 'colleague',
  'colleagues.handover_cancelled': 'colleague',
  'colleagues.receipt_written': 'colleague',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_KINDS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_KINDS) as AuditAction[];
export const AUDIT_KINDS = ['case', 'consent', 'agreement', 'report', 'colleague', 'vault', 'settings'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
/** An event the app does not know yet (a newer engine) is still shown, under "other". */
export type AuditKindOrOther = AuditKind | 'other';

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_KINDS, action);
}

export function auditKindOf(action: string): AuditKindOrOther {
  return isAuditAction(action) ? AUDIT_ACTION_KINDS[action] : 'other';
}

/** The i18n key of an event's sentence (i18next reads dots as nesting, so they become underscores). */
export function auditActionKey(action: AuditAction): string {
  return action.replace(/\./g, '_');
}

/** The settings the vault logs by name when they change. */
export const AUDIT_SETTING_KEYS = ['organisationName', 'contactPersons', 'vaultOwner', 'categories', 'retentionYears'] as const;
type AuditSettingKey = (typeof AUDIT_SETTING_KEYS)[number];

/** What an event's subject says, read from its short machine form. */
export type AuditSubject =
  | { kind: 'none' }
  | { kind: 'case'; reference: string }
  | { kind: 'unlockMethod'; method: 'passphrase' | 'recovery_key' }
  | { kind: 'cases'; count: number }
  | { kind: 'attempts'; count: number }
  | { kind: 'year'; year: number }
  | { kind: 'period'; from: string; to: string }
  | { kind: 'setting'; key: AuditSettingKey }
  | { kind: 'language'; language: 'da' | 'en' }
  /** A colleague by the number of their contact entry (the log holds no names), with a report period when there is one. */
  | { kind: 'contact'; contact: number; period: { from: string; to: string } | null }
  /** A case handed over to a colleague. */
  | { kind: 'caseContact'; reference: string; contact: number }
  | { kind: 'package'; id: string }
  | { kind: 'other'; text: string };

const CASE_REFERENCE = /^\d{4}-\d{3,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONTACT = /^contact=(\d+)(?::(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2}))?$/;
const CASE_CONTACT = /^(\d{4}-\d{3,})\/contact=(\d+)$/;
const PACKAGE = /^package=([A-Za-z0-9]+)$/;

export function parseAuditSubject(subject: string | null): AuditSubject {
  if (subject === null || subject === '') return { kind: 'none' };
  if (CASE_REFERENCE.test(subject)) return { kind: 'case', reference: subject };
  if (subject === 'passphrase' || subject === 'recovery_key') return { kind: 'unlockMethod', method: subject };
  if (subject === 'da' || subject === 'en') return { kind: 'language', language: subject };
  if ((AUDIT_SETTING_KEYS as readonly string[]).includes(subject)) return { kind: 'setting', key: subject as AuditSettingKey };
  const contact = CONTACT.exec(subject);
  if (contact) {
    const [, id, from, to] = contact;
    return { kind: 'contact', contact: Number(id), period: from !== undefined && to !== undefined ? { from, to } : null };
  }
  const caseContact = CASE_CONTACT.exec(subject);
  if (caseContact) return { kind: 'caseContact', reference: caseContact[1]!, contact: Number(caseContact[2]) };
  const pack = PACKAGE.exec(subject);
  if (pack) return { kind: 'package', id: pack[1]! };
  const [name, value] = subject.split('=');
  if (value !== undefined && /^\d+$/.test(value)) {
    if (name === 'cases') return { kind: 'cases', count: Number(value) };
    if (name === 'attempts') return { kind: 'attempts', count: Number(value) };
    if (name === 'year') return { kind: 'year', year: Number(value) };
  }
  const [from, to, ...rest] = subject.split('/');
  if (rest.length === 0 && from !== undefined && to !== undefined && ISO_DATE.test(from) && ISO_DATE.test(to)) return { kind: 'period', from, to };
  return { kind: 'other', text: subject };
}

/** Rows in a row with the same event and subject (e.g. a case opened again and again) shown as one. */
export interface AuditGroup {
  /** The newest row of the run. */
  newest: AuditLogEntry;
  /** The oldest row of the run. */
  oldest: AuditLogEntry;
  count: number;
}

/** Groups runs of equal rows; `rows` come newest first, and so do the groups. */
export function groupAuditRows(rows: readonly AuditLogEntry[]): AuditGroup[] {
  const groups: AuditGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.newest.action === row.action && last.newest.subject === row.subject) {
      last.oldest = row;
      last.count++;
    } else {
      groups.push({ newest: row, oldest: row, count: 1 });
    }
  }
  return groups;
}

export interface AuditFilter {
  /** A case reference, or null for every row. */
  reference: string | null;
  kind: AuditKindOrOther | null;
}

/** The case an event concerns, if any. */
export function auditCaseReference(subject: string | null): string | null {
  const parsed = parseAuditSubject(subject);
  return parsed.kind === 'case' || parsed.kind === 'caseContact' ? parsed.reference : null;
}

export function filterAuditRows(rows: readonly AuditLogEntry[], filter: AuditFilter): AuditLogEntry[] {
  return rows.filter(
    (row) =>
      (filter.reference === null || auditCaseReference(row.subject) === filter.reference) &&
      (filter.kind === null || auditKindOf(row.action) === filter.kind),
  );
}

/** The case references in the rows, newest first, each once: the choices of the case filter. */
export function auditCaseReferences(rows: readonly AuditLogEntry[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const reference = auditCaseReference(row.subject);
    if (reference !== null) seen.add(reference);
  }
  return [...seen];
}
