import { describe, expect, it } from 'vitest';
import type { AuditLogEntry } from '../../../../shared/contract/audit';
import { organisation as da } from '../../i18n/da/organisation';
import { organisation as en } from '../../i18n/en/organisation';
import {
  AUDIT_ACTIONS,
  AUDIT_KINDS,
  AUDIT_SETTING_KEYS,
  auditActionKey,
  auditCaseReferences,
  auditKindOf,
  filterAuditRows,
  groupAuditRows,
  parseAuditSubject,
} from './audit-wording';

const row = (seq: number, action: string, subject: string | null = null): AuditLogEntry => ({ seq, at: `2026-03-0${seq % 9 || 1}T10:00:00.000Z`, action, subject });

describe('the words of the aktivitetslog', () => {
  it('has a Danish and an English sentence for every event, every kind and every logged setting', () => {
    for (const action of AUDIT_ACTIONS) {
      const key = auditActionKey(action) as keyof typeof da.audit.actions;
      expect(da.audit.actions[key], `da ${action}`).toMatch(/^\p{Lu}/u);
      expect(en.audit.actions[key as keyof typeof en.audit.actions], `en ${action}`).toMatch(/^\p{Lu}/u);
      // No code leaks into a sentence.
      expect(da.audit.actions[key]).not.toMatch(/[._]/);
    }
    expect(Object.keys(da.audit.actions).sort()).toEqual(Object.keys(en.audit.actions).sort());
    for (const kind of [...AUDIT_KINDS, 'other' as const]) {
      expect(da.audit.kinds[kind]).toBeTruthy();
      expect(en.audit.kinds[kind]).toBeTruthy();
    }
    for (const key of AUDIT_SETTING_KEYS) {
      expect(da.audit.subjects[key]).toBeTruthy();
      expect(en.audit.subjects[key]).toBeTruthy();
    }
  });

  it('reads every subject form the engine writes', () => {
    expect(parseAuditSubject(null)).toEqual({ kind: 'none' });
    expect(parseAuditSubject('2026-007')).toEqual({ kind: 'case', reference: '2026-007' });
    expect(parseAuditSubject('passphrase')).toEqual({ kind: 'unlockMethod', method: 'passphrase' });
    expect(parseAuditSubject('recovery_key')).toEqual({ kind: 'unlockMethod', method: 'recovery_key' });
    expect(parseAuditSubject('cases=14')).toEqual({ kind: 'cases', count: 14 });
    expect(parseAuditSubject('attempts=3')).toEqual({ kind: 'attempts', count: 3 });
    expect(parseAuditSubject('year=2026')).toEqual({ kind: 'year', year: 2026 });
    expect(parseAuditSubject('2025-06-01/2026-05-31')).toEqual({ kind: 'period', from: '2025-06-01', to: '2026-05-31' });
    expect(parseAuditSubject('retentionYears')).toEqual({ kind: 'setting', key: 'retentionYears' });
    expect(parseAuditSubject('en')).toEqual({ kind: 'language', language: 'en' });
    expect(parseAuditSubject('contact=3')).toEqual({ kind: 'contact', contact: 3, period: null });
    expect(parseAuditSubject('contact=3:2025-06-01/2026-05-31')).toEqual({ kind: 'contact', contact: 3, period: { from: '2025-06-01', to: '2026-05-31' } });
    expect(parseAuditSubject('2026-007/contact=2')).toEqual({ kind: 'caseContact', reference: '2026-007', contact: 2 });
    expect(parseAuditSubject('package=ab12cd34')).toEqual({ kind: 'package', id: 'ab12cd34' });
    // Something newer than this app is shown as it is, never hidden.
    expect(parseAuditSubject('x=y')).toEqual({ kind: 'other', text: 'x=y' });
  });

  it('groups runs of the same event on the same case, and only runs', () => {
    const rows = [row(6, 'case.view', '2026-001'), row(5, 'case.view', '2026-001'), row(4, 'case.view', '2026-001'), row(3, 'case.view', '2026-002'), row(2, 'case.view', '2026-001'), row(1, 'vault.unlock', 'passphrase')];
    const groups = groupAuditRows(rows);
    expect(groups.map((group) => [group.newest.seq, group.oldest.seq, group.count])).toEqual([
      [6, 4, 3],
      [3, 3, 1],
      [2, 2, 1],
      [1, 1, 1],
    ]);
  });

  it('filters by case and by kind, and lists the cases to choose from', () => {
    const rows = [row(4, 'agreement.view', '2026-002'), row(3, 'case.view', '2026-001'), row(2, 'vault_settings.update', 'retentionYears'), row(1, 'future.thing')];
    expect(auditKindOf('future.thing')).toBe('other');
    expect(filterAuditRows(rows, { reference: '2026-001', kind: null }).map((r) => r.seq)).toEqual([3]);
    expect(filterAuditRows(rows, { reference: null, kind: 'agreement' }).map((r) => r.seq)).toEqual([4]);
    expect(filterAuditRows(rows, { reference: null, kind: 'settings' }).map((r) => r.seq)).toEqual([2]);
    expect(filterAuditRows(rows, { reference: null, kind: 'other' }).map((r) => r.seq)).toEqual([1]);
    expect(filterAuditRows(rows, { reference: '2026-002', kind: 'case' })).toEqual([]);
    expect(auditCaseReferences(rows)).toEqual(['2026-002', '2026-001']);
    // A handed-over case counts as that case.
    const handed = [row(2, 'case.handed_over', '2026-001/contact=4'), row(1, 'colleagues.contact_add', 'contact=4')];
    expect(filterAuditRows(handed, { reference: '2026-001', kind: null }).map((r) => r.seq)).toEqual([2]);
    expect(filterAuditRows(handed, { reference: null, kind: 'colleague' }).map((r) => r.seq)).toEqual([2, 1]);
  });
});
