import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/support/docx-reader/read-docx';
import { learningPoint, pairVaults } from '../../vault/colleagues/joint-report/testing/paired-vaults';
import { useTempDir } from '../../vault/test-support/temp-dir';
import { unlockVault } from '../../vault/vault';
import { spawnCli } from '../testing/spawn-cli';

const tempDir = useTempDir();
const cli = (args: string[], env: Record<string, string> = {}) => spawnCli(args, env, { tmpDir: tempDir() });
const lines = (text: string) => text.split('\n').filter((line) => line !== '');

const OWN_POINT = 'Det hjalp at nævne kontaktpersonerne ved åbningen af større arrangementer.';
const COLLEAGUE_POINT = 'Et samtaleforløb blev oftest taget imod, når det blev tilbudt tidligt.';

async function demoVault(name: string, seed: number): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = path.join(tempDir(), name);
  const demo = await cli(['demo', '--vault', dir, '--cases', '60', '--seed', String(seed)]);
  expect(demo.code).toBe(0);
  const passphrase = lines(demo.stdout).find((line) => line.startsWith('passphrase: '))?.slice('passphrase: '.length) ?? '';
  return { dir, env: { FORTROLIG_PASSPHRASE: passphrase } };
}

describe('fortrolig report-contribution, report --contribution, report-approve', () => {
  it('produces the joint document from two vaults by script: contribution, draft for approval, approval, DOCX', async () => {
    const [a, b] = [await demoVault('boks-a', 5), await demoVault('boks-b', 6)];
    const year = new Date().getUTCFullYear() - 1;
    const period = ['--from', `${year}-01-01`, '--to', `${year}-12-31`];

    const vaultA = await unlockVault({ dir: a.dir, passphrase: a.env.FORTROLIG_PASSPHRASE ?? '' });
    const vaultB = await unlockVault({ dir: b.dir, passphrase: b.env.FORTROLIG_PASSPHRASE ?? '' });
    await pairVaults(vaultA.db, vaultB.db);
    const ownPoint = learningPoint(vaultA.db, OWN_POINT, year);
    const colleaguePoint = learningPoint(vaultB.db, COLLEAGUE_POINT, year);
    vaultA.close();
    vaultB.close();

    const contribution = path.join(tempDir(), 'bidrag.age');
    const sent = await cli(
      ['report-contribution', '--vault', b.dir, ...period, '--to-contact', 'Anders Krogh', '--learning-points', String(colleaguePoint), '--out', contribution],
      b.env,
    );
    expect(sent.code).toBe(0);
    expect(lines(sent.stdout)).toEqual([expect.stringMatching(new RegExp(`^${contribution}\\t[0-9a-f-]{36}$`))]);
    expect(fs.readFileSync(contribution).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    const docx = path.join(tempDir(), 'faelles.docx');
    const request = path.join(tempDir(), 'udkast.age');
    const joint = ['report', '--vault', a.dir, ...period, '--learning-points', String(ownPoint), '--contribution', contribution];
    const withoutApproval = await cli([...joint, '--out', docx], a.env);
    expect(withoutApproval).toMatchObject({ code: 2, stderr: expect.stringMatching(/\(JOINT_APPROVAL_REQUIRED\)\n$/) });
    const requested = await cli([...joint, '--request-out', request, '--out', docx], a.env);
    expect(requested.code).toBe(0);
    expect(lines(requested.stdout)).toEqual([expect.stringMatching(new RegExp(`^approval-request\\t${request}\\t[0-9a-f]{64}$`))]);
    expect(fs.existsSync(docx)).toBe(false);

    const approval = path.join(tempDir(), 'godkendelse.age');
    const approved = await cli(['report-approve', '--vault', b.dir, '--draft', request, '--out', approval], b.env);
    expect(approved.code).toBe(0);
    const hash = lines(requested.stdout)[0]?.split('\t')[2];
    expect(lines(approved.stdout)).toEqual([`${approval}\t${hash}`]);

    const written = await cli([...joint, '--approval', approval, '--out', docx], a.env);
    expect(written.code).toBe(0);
    expect(lines(written.stdout)).toEqual([docx]);
    expect(written.stderr).toMatch(/NOT encrypted/);
    const paragraphs = readDocx(docx).paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual(expect.arrayContaining([OWN_POINT, COLLEAGUE_POINT]));
    expect(paragraphs.join('\n')).toMatch(/begge kontaktpersoner/);
  });

  it('refuses a malformed --learning-points as a usage error', async () => {
    const { dir, env } = await demoVault('boks', 5);
    const run = await cli(['report', '--vault', dir, '--from', '2025-01-01', '--to', '2025-12-31', '--learning-points', 'nogle', '--out', path.join(tempDir(), 'x.docx')], env);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/--learning-points must be "all" or learning point ids/) });
  });
});
