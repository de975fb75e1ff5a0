import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderFingerprint } from '../../vault/test-support/file-state';
import { useTempDir } from '../../vault/test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../../vault/test-support/test-vault';
import { EXIT } from '../exit-codes';
import { type CliRun, spawnCli } from '../testing/spawn-cli';

const tempDir = useTempDir();
const cli = (args: string[], env: Record<string, string> = {}) => spawnCli(args, env, { tmpDir: tempDir() });

function field(run: CliRun, name: string): string {
  const line = run.stdout.split('\n').find((candidate) => candidate.startsWith(`${name}: `));
  if (line === undefined) throw new Error(`no "${name}" in the output`);
  return line.slice(name.length + 2);
}

async function demoVault(cases: number): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = path.join(tempDir(), 'demo');
  const run = await cli(['demo', '--vault', dir, '--cases', String(cases), '--seed', '5']);
  expect(run.code).toBe(0);
  expect(field(run, 'vault')).toBe(dir);
  return { dir, env: { FORTROLIG_PASSPHRASE: field(run, 'passphrase') } };
}

describe('the records commands', () => {
  it('demo without --vault makes a vault in the temporary folder and prints where and its passphrase', async () => {
    const run = await cli(['demo', '--cases', '3']);
    expect(run.code).toBe(0);
    expect(field(run, 'vault').startsWith(tempDir())).toBe(true);
    expect(fs.existsSync(path.join(field(run, 'vault'), 'vault.db'))).toBe(true);
    expect(field(run, 'passphrase').length).toBeGreaterThan(20);
    expect(run.stderr).toContain('3 cases');
  });

  it('lists, searches, exports, deletes with confirmation, and imports back', async () => {
    const { dir, env } = await demoVault(20);
    const listed = await cli(['cases', '--vault', dir], env);
    expect(listed.code).toBe(0);
    const references = listed.stdout.trim().split('\n').map((line) => line.split('\t')[0] as string);
    expect(references).toHaveLength(20);
    const reference = references[0] as string;

    const found = await cli(['search', '--vault', dir, '--query', 'samtale', '--limit', '2'], env);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/\[[Ss]amtale/);

    const file = path.join(tempDir(), 'sag.json');
    expect((await cli(['export', '--vault', dir, '--case', reference, '--out', file], env)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).cases[0].reference).toBe(reference);
    const again = await cli(['export', '--vault', dir, '--case', reference, '--out', file], env);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists.*\(INVALID_INPUT\)\n$/) });

    const unconfirmed = await cli(['delete', '--vault', dir, '--case', reference], env);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toMatch(/add --yes/);
    expect((await cli(['delete', '--vault', dir, '--case', reference, '--yes'], env)).code).toBe(0);
    expect((await cli(['cases', '--vault', dir], env)).stdout).not.toContain(`${reference}\t`);

    const imported = await cli(['import', '--vault', dir, '--file', file], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported: 1 case(s)');
    expect(imported.stdout).toMatch(new RegExp(`renumbered: ${reference} -> \\d{4}-\\d{3}`));
  });

  it('refuses a malformed import with one error line, the problems on stdout, and nothing written', async () => {
    const { dir, env } = await demoVault(2);
    const file = path.join(tempDir(), 'broken.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'fortrolig-export', formatVersion: 1, exportedAt: 'i går', scope: 'vault', settings: null, cases: [{}], learningPoints: [] }));
    const run = await cli(['import', '--vault', dir, '--file', file], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fortrolig: The import file is not valid; nothing was imported \(INVALID_INPUT\)\n$/);
    expect(run.stdout).toContain('invalid: exportedAt: invalid_format');
    expect(run.stdout).toContain('invalid: cases.0.reference: invalid_type');
    const listed = await cli(['cases', '--vault', dir], env);
    expect(listed.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('judges an import file before unlocking: a refused file leaves every byte of the vault folder (and its audit log) as it was', async () => {
    const dir = path.join(tempDir(), 'boks');
    (await createTestVault(dir)).vault.close();
    const env = { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE };
    const untouched = folderFingerprint(dir);
    const file = path.join(tempDir(), 'broken.json');

    fs.writeFileSync(file, JSON.stringify({ format: 'fortrolig-export', formatVersion: 1, exportedAt: 'i går', scope: 'vault', settings: null, cases: [], learningPoints: [] }));
    const malformed = await cli(['import', '--vault', dir, '--file', file], env);
    expect(malformed).toMatchObject({ code: EXIT.usage, stdout: 'invalid: exportedAt: invalid_format\n' });
    expect(malformed.stderr).toMatch(/\(INVALID_INPUT\)\n$/);
    expect(folderFingerprint(dir)).toEqual(untouched);

    fs.writeFileSync(file, Buffer.from('{"format":"fortrolig-export","note":"K\xf8benhavn"}', 'latin1'));
    const latin1 = await cli(['import', '--vault', dir, '--file', file], env);
    expect(latin1).toMatchObject({ code: EXIT.usage, stdout: 'invalid: (file): not_utf8\n' });
    expect(folderFingerprint(dir)).toEqual(untouched);

    // The help says what exit 1 means, this case included.
    const help = await cli(['--help']);
    expect(help.stdout).toMatch(/^ {2}1 {2}usage error or invalid input \(.*an import file that is not valid.*\)$/m);
  });
});
