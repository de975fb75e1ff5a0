import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/support/docx-reader/read-docx';
import { useTempDir } from '../../vault/test-support/temp-dir';
import { unlockVault } from '../../vault/vault';
import { spawnCli } from '../testing/spawn-cli';

const tempDir = useTempDir();
const cli = (args: string[], env: Record<string, string> = {}) => spawnCli(args, env, { tmpDir: tempDir() });

/** References of demo cases whose agreement is signed after a revision, and whose only version is a draft. */
async function demoCases(dir: string, passphrase: string): Promise<{ revised: string; draftOnly: string }> {
  const vault = await unlockVault({ dir, passphrase });
  try {
    const referenceWhere = (condition: string) =>
      (vault.db.prepare(`SELECT c.reference FROM cases c WHERE ${condition} ORDER BY c.id LIMIT 1`).get() as { reference: string }).reference;
    return {
      revised: referenceWhere("EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = c.id AND a.status = 'superseded')"),
      draftOnly: referenceWhere(
        "(SELECT count(*) FROM agreements a WHERE a.case_id = c.id) = 1 AND EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = c.id AND a.status = 'draft' AND a.other_party_involvement IS NULL)",
      ),
    };
  } finally {
    vault.close();
  }
}

describe('fortrolig agreement', () => {
  it('writes the version in force (or the one asked for) as DOCX, refuses to overwrite, and names empty parts', async () => {
    const dir = path.join(tempDir(), 'demo');
    const demo = await cli(['demo', '--vault', dir, '--cases', '120', '--seed', '4']);
    expect(demo.code).toBe(0);
    const passphrase = /^passphrase: (.+)$/m.exec(demo.stdout)?.[1] ?? '';
    const env = { FORTROLIG_PASSPHRASE: passphrase };
    const { revised, draftOnly } = await demoCases(dir, passphrase);

    const inForce = path.join(tempDir(), 'aftale.docx');
    const run = await cli(['agreement', '--vault', dir, '--case', revised, '--out', inForce], env);
    expect(run).toMatchObject({ code: 0, stdout: `${inForce}\n` });
    expect(run.stderr).toMatch(/Wrote version 2 \(signed\)\. The file is NOT encrypted/);
    const reading = readDocx(inForce);
    expect(reading.tables[0]?.[1]).toEqual(['Sagsnummer', revised]);
    expect(reading.paragraphs.map((paragraph) => paragraph.text)).toContain('Oplysninger om underskrift');

    const first = path.join(tempDir(), 'version-1.docx');
    expect((await cli(['agreement', '--vault', dir, '--case', revised, '--version', '1', '--language', 'en', '--out', first], env)).code).toBe(0);
    expect(readDocx(first).tables[0]?.[6]).toEqual(['Status', 'Superseded by a new version']);

    const again = await cli(['agreement', '--vault', dir, '--case', revised, '--out', inForce], env);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists.*\(INVALID_INPUT\)\n$/) });
    const missingVersion = await cli(['agreement', '--vault', dir, '--case', revised, '--version', '9', '--out', path.join(tempDir(), 'x.docx')], env);
    expect(missingVersion).toMatchObject({ code: 2, stderr: expect.stringMatching(/No such agreement \(NOT_FOUND\)/) });

    const draft = path.join(tempDir(), 'kladde.docx');
    const incomplete = await cli(['agreement', '--vault', dir, '--case', draftOnly, '--out', draft], env);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toMatch(/empty required parts: .*otherPartyInvolvement.*nextSteps\. \(INVALID_INPUT\)/);
    expect(fs.existsSync(draft)).toBe(false);
  });
});
