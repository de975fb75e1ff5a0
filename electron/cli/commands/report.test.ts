import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxXmlParts } from '../../../tests/support/docx-reader/docx-xml-parts';
import { updateLearningPoint } from '../../vault/records/learning-points';
import { addReportLearningPoint, getReportDraft, updateReportDraft } from '../../vault/report/draft/report-draft';
import { useTempDir } from '../../vault/test-support/temp-dir';
import { unlockVault } from '../../vault/vault';
import { spawnCli } from '../testing/spawn-cli';

const tempDir = useTempDir();
const cli = (args: string[], env: Record<string, string> = {}) => spawnCli(args, env, { tmpDir: tempDir() });

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('fortrolig report', () => {
  it('exits 3 with one line per finding while the draft names a party, and writes the document once fixed', async () => {
    const dir = path.join(tempDir(), 'demo');
    const demo = await cli(['demo', '--vault', dir, '--cases', '40', '--seed', '5']);
    expect(demo.code).toBe(0);
    const passphrase = lines(demo.stdout).find((line) => line.startsWith('passphrase: '))?.slice('passphrase: '.length) ?? '';
    const env = { FORTROLIG_PASSPHRASE: passphrase };
    const today = new Date().toISOString().slice(0, 10);
    const period = { from: `${Number(today.slice(0, 4)) - 5}-01-01`, to: today };

    const vault = await unlockVault({ dir, passphrase });
    const { name } = vault.db.prepare("SELECT name FROM parties WHERE role = 'affected' LIMIT 1").get() as { name: string };
    const [firstName, surname] = name.split(' ');
    updateReportDraft(vault.db, { period });
    addReportLearningPoint(vault.db, `${firstName}s oplevelse viste, at ${surname} også burde have haft en bisidder.`, today);
    const pointId = getReportDraft(vault.db, today).learningPoints.find((point) => point.included)?.id as number;
    vault.close();

    const out = path.join(tempDir(), 'laeringsdokument.docx');
    const args = ['report', '--vault', dir, '--from', period.from, '--to', period.to, '--out', out];
    const refused = await cli(args, env);
    expect(refused.code).toBe(3);
    expect(lines(refused.stdout)).toEqual([
      `finding\tlearning-point:${pointId}\t0-${(firstName ?? '').length + 1}\tname\t${firstName}s`,
      expect.stringMatching(new RegExp(`^finding\\tlearning-point:${pointId}\\t\\d+-\\d+\\tname\\t${surname}$`)),
    ]);
    expect(lines(refused.stderr)).toEqual([expect.stringMatching(/\(REPORT_BLOCKED\)$/)]);
    expect(refused.stderr).not.toContain(name);
    expect(fs.existsSync(out)).toBe(false);

    const again = await unlockVault({ dir, passphrase });
    updateLearningPoint(again.db, { id: pointId, text: 'Flere oplevede, at det hjalp at have en bisidder med.' });
    again.close();
    const written = await cli(args, env);
    expect(written.code).toBe(0);
    expect(lines(written.stdout)).toEqual([out]);
    expect(written.stderr).toMatch(/NOT encrypted/);
    const document = (await docxXmlParts(fs.readFileSync(out))).get('word/document.xml') ?? '';
    expect(document).toContain('Flere oplevede, at det hjalp at have en bisidder med.');
    expect(document).not.toContain(surname);
  });

  it('refuses a missing or malformed date as a usage error', async () => {
    const run = await cli(['report', '--vault', tempDir(), '--from', '1. januar', '--to', '2026-12-31', '--out', 'x.docx']);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/--from must be a date as YYYY-MM-DD\. \(INVALID_INPUT\)\n$/) });
  });
});
