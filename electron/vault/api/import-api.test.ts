import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestRouter } from './testing/test-router';

let chosenFile = '';
const api = useTestRouter({ dialogs: { chooseOpenFile: async () => chosenFile, chooseSaveFile: async () => chosenFile } });

function auditRows(): number {
  const db = api.session().require().db;
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

describe('records.import over the contract', () => {
  it('refuses a file that is not UTF-8 (INVALID_INPUT, not_utf8) and writes nothing, not even an audit row', async () => {
    chosenFile = path.join(api.tempDir(), 'eksport.json');
    fs.writeFileSync(chosenFile, Buffer.from('{"format":"fortrolig-export","note":"K\xf8benhavn"}', 'latin1'));
    const before = auditRows();
    expect(await api.failure('records.import')).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ path: '(file)', code: 'not_utf8' }] },
    });
    expect(auditRows()).toBe(before);
  });

  it('accepts the same file with a UTF-8 byte-order mark as without, and refuses NUL inside a text', async () => {
    const exported = path.join(api.tempDir(), 'eksport.json');
    await api.value('cases.create', { receivedDate: '2026-03-02', channel: 'in_person', summary: 'Henvendelse efter mødet' });
    chosenFile = exported;
    expect(await api.value('records.export', { caseId: null })).toMatchObject({ file: exported, cases: 1 });
    const text = fs.readFileSync(exported, 'utf8');

    fs.writeFileSync(exported, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(await api.value('records.import')).toMatchObject({ cases: 1 });

    fs.writeFileSync(exported, text.replace('Henvendelse efter mødet', 'Henvendelse\\u0000efter mødet'));
    const before = auditRows();
    const refused = await api.failure('records.import');
    expect(refused.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(refused.details)).toContain('cases.0.summary');
    expect(auditRows()).toBe(before);
  });
});
