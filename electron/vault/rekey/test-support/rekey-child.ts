// Child process for the rekey crash test: rotates the key of the vault in argv[2] and
// prints "step <name>" as each step completes. With argv[3] naming a step, it stops there
// (blocking, so no later step can start) and waits to be killed.
import fs from 'node:fs';
import { rekeyVault, type RekeyStep } from '../rekey-vault';

const [dir, stopAt] = process.argv.slice(2);
const passphrase = process.env.FORTROLIG_PASSPHRASE;
const recoveryKey = process.env.FORTROLIG_RECOVERY_KEY;
if (!dir || !passphrase || !recoveryKey) {
  throw new Error('usage: rekey-child.ts DIR [STEP] (FORTROLIG_PASSPHRASE and FORTROLIG_RECOVERY_KEY set)');
}

const onStep = (step: RekeyStep) => {
  fs.writeSync(1, `step ${step}\n`);
  if (step === stopAt) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
};
fs.writeSync(1, 'started\n');
await rekeyVault({ dir, passphrase, recoveryKey, onStep });
fs.writeSync(1, 'done\n');
