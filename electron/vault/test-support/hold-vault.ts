// Child process for the lock tests: unlocks the vault in argv[2], says so, and keeps it open.
import { unlockVault } from '../vault';

const dir = process.argv[2];
const passphrase = process.env.FORTROLIG_PASSPHRASE;
if (!dir || !passphrase) throw new Error('usage: hold-vault.ts DIR (passphrase in FORTROLIG_PASSPHRASE)');

await unlockVault({ dir, passphrase });
process.stdout.write('unlocked\n');
setInterval(() => undefined, 60_000);
