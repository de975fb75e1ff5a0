import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_JSON_SCHEMA_PATH } from '../../vault/records/exchange/export-json-schema';
import { prepareConsultation } from '../../vault/colleagues/consultation';
import { requireContactByName } from '../../vault/colleagues/contacts';
import { grant } from '../../vault/colleagues/testing/two-vaults';
import { newCase } from '../../vault/records/testing/records-vault';
import { useTempDir } from '../../vault/test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../../vault/test-support/test-vault';
import { unlockVault } from '../../vault/vault';
import { EXIT } from '../exit-codes';
import { REPO_ROOT, spawnCli } from '../testing/spawn-cli';

const tempDir = useTempDir();
const env = { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE };
const cli = (args: string[]) => spawnCli(args, env, { tmpDir: tempDir() });

function field(stdout: string, name: string): string {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(`${name}: `));
  if (line === undefined) throw new Error(`no "${name}" in the output`);
  return line.slice(name.length + 2);
}

async function vaultIn(name: string): Promise<{ dir: string; recipient: string; fingerprint: string }> {
  const dir = path.join(tempDir(), name);
  (await createTestVault(dir)).vault.close();
  const run = await cli(['identity', '--vault', dir]);
  expect(run.code).toBe(EXIT.ok);
  return { dir, recipient: field(run.stdout, 'recipient'), fingerprint: field(run.stdout, 'fingerprint') };
}

/** Validates JSON against the published export JSON Schema with Python's jsonschema: a reader independent of zod. */
function schemaErrors(json: unknown): string {
  const script = [
    'import json, sys',
    'from jsonschema import Draft202012Validator',
    `schema = json.load(open(${JSON.stringify(path.join(REPO_ROOT, EXPORT_JSON_SCHEMA_PATH))}))`,
    'errors = [e.message for e in Draft202012Validator(schema).iter_errors(json.load(sys.stdin))]',
    'print("\\n".join(errors))',
  ].join('\n');
  return execFileSync(pythonWithJsonSchema(), ['-c', script], { input: JSON.stringify(json), encoding: 'utf8' }).trim();
}

/**
 * A version manager's python3 may come first on PATH without Debian's python3-jsonschema
 * (installed by .ci/run); the first interpreter that can import it is used.
 */
function pythonWithJsonSchema(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(candidate, ['-c', 'import jsonschema'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('No python3 with jsonschema (Debian: python3-jsonschema)');
}

describe('identity and contacts on the command line', () => {
  it('adds and confirms a colleague; a package to them opens with Debian’s age and the key from identity --secret', async () => {
    const alice = await vaultIn('alice');
    const bob = await vaultIn('bob');
    expect(alice.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    // The identity is made once: asking again gives the same.
    expect(field((await cli(['identity', '--vault', alice.dir])).stdout, 'recipient')).toBe(alice.recipient);

    const added = await cli(['contacts', '--vault', alice.dir, 'add', '--name', 'Bob Tillidsperson', '--recipient', bob.recipient]);
    expect(added.code).toBe(EXIT.ok);
    expect(field(added.stdout, 'fingerprint')).toBe(bob.fingerprint);
    expect((await cli(['contacts', '--vault', alice.dir])).stdout).toBe(`Bob Tillidsperson\tunconfirmed\t${bob.fingerprint}\t${bob.recipient}\n`);
    const wrong = await cli(['contacts', '--vault', alice.dir, 'confirm', 'Bob Tillidsperson', '--fingerprint', '11111 11111 11111 11111 11111 11111']);
    expect(wrong).toMatchObject({ code: EXIT.error, stderr: expect.stringContaining('(CONTACT_KEY_CHANGED)') });
    expect((await cli(['contacts', '--vault', alice.dir, 'confirm', 'Bob Tillidsperson', '--fingerprint', bob.fingerprint])).code).toBe(EXIT.ok);
    expect((await cli(['contacts', '--vault', bob.dir, 'add', '--name', 'Alice', '--recipient', 'age1notakey'])).code).toBe(EXIT.usage);
    expect((await cli(['contacts', '--vault', alice.dir, 'frobnicate', 'x'])).code).toBe(EXIT.usage);

    // The engine writes a consultation package in Alice's vault.
    const packageFile = path.join(tempDir(), 'sag.age');
    const vault = await unlockVault({ dir: alice.dir, passphrase: TEST_PASSPHRASE });
    try {
      const caseId = newCase(vault.db, { summary: 'Resumé til sparring med Bob' }).id;
      grant(vault.db, caseId, 'tell_other_contact_person', 'everything');
      const prepared = await prepareConsultation(vault.db, { caseId, contactId: requireContactByName(vault.db, 'Bob Tillidsperson').id });
      fs.writeFileSync(packageFile, prepared.bytes);
    } finally {
      vault.close();
    }

    const secret = await cli(['identity', '--vault', bob.dir, '--secret']);
    expect(secret.code).toBe(EXIT.ok);
    expect(secret.stderr).toContain('WARNING');
    const keyFile = path.join(tempDir(), 'bob.key');
    fs.writeFileSync(keyFile, secret.stdout, { mode: 0o600 });
    const plain = execFileSync('/usr/bin/age', ['-d', '-i', keyFile, packageFile], { encoding: 'utf8' });
    const opened = JSON.parse(plain) as { format: string; kind: string; recipient: string; sender: { fingerprint: string }; body: { document: unknown } };
    expect(opened).toMatchObject({ format: 'fortrolig-package', kind: 'consultation', recipient: bob.recipient, sender: { fingerprint: alice.fingerprint } });
    expect(schemaErrors(opened.body.document)).toBe('');
    expect(schemaErrors({ ...(opened.body.document as object), formatVersion: 99 })).not.toBe('');

    // Showing the secret is in Bob's audit log; removing a contact works by name.
    const bobVault = await unlockVault({ dir: bob.dir, passphrase: TEST_PASSPHRASE });
    try {
      expect(bobVault.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'colleagues.identity_secret_shown'").get()).toEqual({ n: 1 });
    } finally {
      bobVault.close();
    }
    expect((await cli(['contacts', '--vault', alice.dir, 'remove', 'Bob Tillidsperson'])).code).toBe(EXIT.ok);
    expect((await cli(['contacts', '--vault', alice.dir])).stdout).toBe('');
  });
});
