import type { HandlerModule } from './handler-types';
import { holdsVault } from './vault-session';

type VaultMethod =
  | 'vault.status'
  | 'vault.chooseFolder'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.resetPassphrase'
  | 'vault.newRecoveryKey'
  | 'vault.backup'
  | 'vault.restore';

const BACKUP_FILTERS = [{ name: 'Fortrolig backup', extensions: ['fortrolig-backup'] }];

export const vaultHandlers: HandlerModule<VaultMethod> = {
  'vault.status': (_input, { vault, settings, paths }) => {
    const last = settings.get().lastVaultDir;
    if (vault.isUnlocked) return { state: 'unlocked', dir: vault.dir, defaultDir: paths.defaultVaultDir };
    return { state: holdsVault(last) ? 'locked' : 'none', dir: holdsVault(last) ? last : null, defaultDir: paths.defaultVaultDir };
  },

  'vault.chooseFolder': async (_input, { dialogs, settings, paths }) => {
    const dir = await dialogs.chooseFolder({ defaultPath: settings.get().lastVaultDir ?? paths.defaultVaultDir });
    return dir === null ? null : { dir };
  },

  'vault.create': async ({ dir, passphrase }, { vault, settings }) => {
    const created = await vault.create(dir, passphrase);
    settings.update({ lastVaultDir: created.dir });
    return created;
  },

  'vault.unlock': async (credentials, { vault, settings }) => {
    const opened = await vault.unlock(credentials);
    settings.update({ lastVaultDir: opened.dir });
    return { dir: opened.dir };
  },

  'vault.lock': (_input, { vault }) => {
    vault.lock('user');
    return null;
  },

  'vault.changePassphrase': async ({ current, next }, { vault }) => {
    await vault.require().changePassphrase(current, next);
    return null;
  },

  'vault.resetPassphrase': async ({ dir, recoveryKey, newPassphrase }, { vault, settings }) => {
    const opened = await vault.resetPassphrase(dir, recoveryKey, newPassphrase);
    settings.update({ lastVaultDir: opened.dir });
    return { dir: opened.dir };
  },

  // Asking for the passphrase again keeps someone at an unattended, unlocked laptop from
  // taking the vault over with a recovery key of their own.
  'vault.newRecoveryKey': async ({ passphrase }, { vault }) => {
    const open = vault.require();
    await open.verifyPassphrase(passphrase);
    return { recoveryKey: open.newRecoveryKey() };
  },

  'vault.backup': async (_input, { vault, dialogs }) => {
    const open = vault.require();
    const date = new Date().toISOString().slice(0, 10);
    const file = await dialogs.chooseSaveFile({ defaultName: `fortrolig-${date}.fortrolig-backup`, filters: BACKUP_FILTERS });
    if (file === null) return null;
    const info = await open.backup(file);
    return { file, bytes: info.bytes };
  },

  'vault.restore': async ({ passphrase }, { vault, dialogs, settings }) => {
    const dir = vault.dir ?? settings.get().lastVaultDir;
    const backupFile = await dialogs.chooseOpenFile({ filters: BACKUP_FILTERS });
    if (backupFile === null || dir === null) return null;
    return vault.restore({ backupFile, dir, passphrase });
  },
};
