import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../test-support/test-vault';
import { useTestRouter } from './testing/test-router';

let saveAnswer: string | null = null;
let openAnswer: string | null = null;
const api = useTestRouter({
  dialogs: { chooseSaveFile: async () => saveAnswer, chooseOpenFile: async () => openAnswer },
});

describe('backup and restore through the contract', () => {
  it('backs up to the chosen file and restores it, keeping the replaced vault aside', async () => {
    saveAnswer = path.join(api.tempDir(), 'kopi.fortrolig-backup');
    const backup = await api.value<{ file: string; bytes: number }>('vault.backup');
    expect(backup.file).toBe(saveAnswer);
    expect(fs.statSync(saveAnswer).size).toBe(backup.bytes);

    openAnswer = saveAnswer;
    const restored = await api.value<{ dir: string; replacedDir: string }>('vault.restore', { passphrase: TEST_PASSPHRASE });
    expect(fs.existsSync(path.join(restored.replacedDir, 'vault.db'))).toBe(true);
    expect(api.session().isUnlocked).toBe(true);
    expect(api.events()).toEqual([]);
  });

  it('refuses a backup that does not verify, leaves the vault as it was and sends the person to unlock', async () => {
    const dir = api.session().dir as string;
    saveAnswer = path.join(api.tempDir(), 'damaged.fortrolig-backup');
    await api.value('vault.backup');
    fs.truncateSync(saveAnswer, fs.statSync(saveAnswer).size - 100);
    openAnswer = saveAnswer;
    const error = await api.failure('vault.restore', { passphrase: TEST_PASSPHRASE });
    expect(error.code).toBe('BACKUP_INVALID');
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
    expect(fs.readdirSync(path.dirname(dir)).filter((name) => name.includes('.replaced-'))).toEqual([]);
    expect(api.events()).toEqual([{ name: 'vault.locked', reason: 'restore-failed' }]);
    expect((await api.failure('cases.list', {})).code).toBe('VAULT_LOCKED');
  });

  it('does nothing when the save dialog is cancelled', async () => {
    saveAnswer = null;
    expect(await api.value('vault.backup')).toBeNull();
  });
});
