// Runs the BUILT engine worker (out/main/engine-worker.js, as packaged) in a worker thread of
// plain Node and drives it with the real message protocol: create a vault in a temp folder,
// add a case, lock. The Electron binary cannot run here; this proves the bundle main loads
// is complete (every import resolved, the SQLCipher binding found) and speaks the protocol.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const root = path.resolve(import.meta.dirname, '..');
const workerFile = path.join(root, 'out/main/engine-worker.js');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-engine-check-'));
const dir = path.join(temp, 'vault');

const worker = new Worker(workerFile, {
  workerData: {
    appInfo: { name: 'Fortrolig', version: 'check', locale: 'da-DK', platform: process.platform },
    settingsFile: path.join(temp, 'settings.json'),
    defaultVaultDir: dir,
  },
});
const waiting = new Map();
const events = [];
let nextId = 1;
worker.on('message', (message) => {
  if (message.type === 'result' || message.type === 'control-done') waiting.get(message.id)?.(message.result);
  if (message.type === 'event') events.push(message.event);
});
worker.on('error', (error) => {
  console.error('engine worker failed:', error);
  process.exit(1);
});
const call = (method, input) =>
  new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    worker.postMessage({ type: 'call', id, method, input });
  });
const control = (value) =>
  new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    worker.postMessage({ type: 'control', id, control: value });
  });

const failures = [];
const expect = (condition, message) => condition || failures.push(message);
try {
  const created = await call('vault.create', { dir, passphrase: 'tre gule ænder svømmer i Gudenåen ved Silkeborg' });
  expect(created.ok && typeof created.value.recoveryKey === 'string', `vault.create: ${JSON.stringify(created)}`);
  const newCase = await call('cases.create', { receivedDate: '2026-03-02', channel: 'phone' });
  expect(newCase.ok && newCase.value.reference === '2026-001', `cases.create: ${JSON.stringify(newCase)}`);
  const invalid = await call('cases.create', { receivedDate: 7 });
  expect(!invalid.ok && invalid.error.code === 'INVALID_INPUT', `invalid input: ${JSON.stringify(invalid)}`);
  await control({ op: 'lock', reason: 'user' });
  expect(events.some((event) => event.name === 'vault.locked'), 'no vault.locked event after lock');
  expect(!fs.existsSync(path.join(dir, 'vault.lock')), 'vault.lock left behind after lock');
} finally {
  await worker.terminate();
  fs.rmSync(temp, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`engine bundle check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('engine bundle check: the built worker created a vault, added a case, refused bad input and locked');
