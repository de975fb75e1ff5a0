import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { initial } from './0001-initial';
import { records } from './0002-records';
import { reports } from './0003-reports';
import { agreementRecords } from './0004-agreements';
import { formDrafts } from './0005-form-drafts';
import { migrate } from './runner';

const tempDir = useTempDir();

describe('migration 0005-form-drafts', () => {
  it('moves the note drafts of version 4 into form_drafts, drops those of deleted cases, and keeps a malformed one where it was', () => {
    const file = path.join(tempDir(), 'v4.db');
    const key = randomBytes(32);
    const v4 = openVaultDatabase(file, key, { mode: 'create', migrations: [initial, records, reports, agreementRecords] });
    const note = { kind: 'phone', noteDate: '', title: '', body: 'Halvt skrevet …', editReason: '', basedOnVersion: null };
    v4.prepare(
      `INSERT INTO cases (id, reference, received_date, channel, status, created_at, updated_at)
       VALUES (1, '2026-001', '2026-03-01', 'phone', 'received', 'now', 'now')`,
    ).run();
    const setting = v4.prepare(`INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 'now')`);
    setting.run('draft:note:1:new', JSON.stringify({ caseId: 1, noteId: null, draft: note, savedAt: '2026-03-02T10:00:00.000Z' }));
    setting.run('draft:note:7:new', JSON.stringify({ caseId: 7, noteId: null, draft: note, savedAt: '2026-03-02T10:00:00.000Z' }));
    setting.run('draft:note:1:5', JSON.stringify({ caseId: 1, noteId: 5, draft: 'not an object', savedAt: 'x' }));
    v4.close();

    const db = openVaultDatabase(file, key, { mode: 'open', migrations: [initial, records, reports, agreementRecords, formDrafts] });
    try {
      expect(migrate(db, [initial, records, reports, agreementRecords, formDrafts])).toEqual({ from: 5, to: 5 });
      const rows = db.prepare('SELECT form, case_id AS caseId, target, draft, saved_at AS savedAt FROM form_drafts').all() as {
        draft: string;
      }[];
      expect(rows).toEqual([{ form: 'note', caseId: 1, target: null, draft: expect.any(String), savedAt: '2026-03-02T10:00:00.000Z' }]);
      expect(JSON.parse(rows[0]?.draft ?? '')).toEqual(note);
      expect(db.prepare(`SELECT key FROM settings WHERE key LIKE 'draft:%'`).all()).toEqual([{ key: 'draft:note:1:5' }]);
      // One draft per form, case and record, also where the case or record is none.
      const add = db.prepare(`INSERT INTO form_drafts (form, case_id, target, draft, saved_at) VALUES ('intake', NULL, NULL, '{}', 'now')`);
      add.run();
      expect(() => add.run()).toThrow(/UNIQUE/);
      expect(() => db.prepare(`INSERT INTO form_drafts (form, case_id, target, draft, saved_at) VALUES ('task', 1, NULL, '[]', 'now')`).run()).toThrow(
        /CHECK/,
      );
    } finally {
      db.close();
    }
  });
});
