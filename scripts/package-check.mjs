// Builds the unpacked Linux app offline and checks what app.asar contains. The Electron
// binary cannot be downloaded here, so a placeholder electronDist stands in for it; that
// also means the fuses cannot be flipped, so their configuration is asserted instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { build as buildPackages, Platform } from 'electron-builder';
import { load as loadYaml } from 'js-yaml';

const root = path.resolve(import.meta.dirname, '..');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-package-'));
const placeholder = path.join(outDir, 'electron-dist');
fs.mkdirSync(placeholder);
fs.writeFileSync(path.join(placeholder, 'electron'), '#!/bin/sh\necho placeholder\n', { mode: 0o755 });

const failures = [];
const expect = (condition, message) => {
  if (!condition) failures.push(message);
};

try {
  const config = loadYaml(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  const fuses = config.electronFuses ?? {};
  expect(fuses.runAsNode === false, 'fuse runAsNode must be off');
  expect(fuses.enableNodeOptionsEnvironmentVariable === false, 'fuse NodeOptions must be off');
  expect(fuses.enableNodeCliInspectArguments === false, 'fuse NodeCliInspect must be off');
  expect(fuses.enableEmbeddedAsarIntegrityValidation === true, 'fuse asar integrity must be on');
  expect(fuses.onlyLoadAppFromAsar === true, 'fuse OnlyLoadAppFromAsar must be on');
  expect(config.publish === null, 'publish must be null (no auto-update)');
  expect(config.asar === true, 'asar must be on');

  // The same configuration, minus the fuses a placeholder binary cannot carry.
  const { electronFuses: _fuses, ...checkConfig } = config;
  checkConfig.electronDist = placeholder;
  checkConfig.directories = { ...checkConfig.directories, output: path.join(outDir, 'release') };
  const checkConfigFile = path.join(outDir, 'electron-builder.check.json');
  fs.writeFileSync(checkConfigFile, JSON.stringify(checkConfig));

  execFileSync(
    path.join(root, 'node_modules/.bin/electron-builder'),
    ['--linux', '--dir', '--publish', 'never', '--config', checkConfigFile],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );

  const resources = path.join(outDir, 'release', 'linux-unpacked', 'resources');
  const files = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((f) => f.split(path.sep).join('/'));
  const has = (pattern) => files.some((f) => pattern.test(f));
  const unpacked = fs.readdirSync(path.join(resources, 'app.asar.unpacked/node_modules/better-sqlite3-multiple-ciphers/prebuilds'));

  expect(has(/^\/out\/main\/index\.js$/), 'app.asar must contain out/main/index.js');
  expect(has(/^\/out\/preload\/index\.cjs$/), 'app.asar must contain out/preload/index.cjs');
  expect(has(/^\/out\/renderer\/index\.html$/), 'app.asar must contain out/renderer/index.html');
  expect(has(/^\/node_modules\/better-sqlite3-multiple-ciphers\/lib\/database\.js$/), 'app.asar must contain the SQLCipher module');
  expect(has(/^\/node_modules\/docx\//), 'app.asar must contain docx');
  expect(unpacked.includes('linux-x64.node'), 'the linux-x64 prebuild must be unpacked');
  expect(!unpacked.some((f) => /^(darwin|win32)-/.test(f)), `foreign prebuilds must not be shipped: ${unpacked.join(', ')}`);

  const forbidden = [
    [/\/node_modules\/(react|react-dom|i18next|@tanstack|react-aria-components|wouter|electron|vite|vitest|playwright-core)\//, 'UI or dev dependency shipped as a module'],
    // The stock SQLCipher the tests use to prove a vault opens outside the app: never shipped.
    [/\/node_modules\/@journeyapps\//, 'the test-only SQLCipher (@journeyapps/sqlcipher)'],
    [/\.(ts|tsx|map|c|cc|cpp|h|gyp)$/, 'source or source map'],
    [/^\/(electron|renderer|shared|tests|scripts|docs|tools)\//, 'repository source folder'],
    [/\/better-sqlite3-multiple-ciphers\/deps\//, 'SQLite C sources'],
    [/\.(db|db-wal|db-shm|docx|pdf)$|keys\.json$/, 'a vault, key file or export'],
  ];
  for (const [pattern, what] of forbidden) {
    const hits = files.filter((f) => pattern.test(f));
    expect(hits.length === 0, `${what} in app.asar: ${hits.slice(0, 5).join(', ')}`);
  }
  const unpackedModules = fs.readdirSync(path.join(resources, 'app.asar.unpacked/node_modules'));
  expect(!unpackedModules.includes('@journeyapps'), 'the test-only SQLCipher (@journeyapps/sqlcipher) must not be unpacked');
  console.log(`package:check: app.asar holds ${files.length} entries; unpacked prebuilds: ${unpacked.join(', ')}`);

  await checkDebMetadata(checkConfig, path.join(outDir, 'release', 'linux-unpacked'));
  checkGlibcDeclared(config, path.join(resources, 'app.asar.unpacked/node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node'));
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}

/**
 * The deb target's own metadata validation (homepage, maintainer), run by electron-builder
 * on the unpacked app built above. It stops right before fpm, which would have to be
 * downloaded: the arguments fpm would get are captured instead and checked here.
 */
async function checkDebMetadata(checkConfig, prepackaged) {
  let fpmArgs = null;
  try {
    await buildPackages({
      targets: Platform.LINUX.createTarget('deb'),
      config: { ...checkConfig, directories: { ...checkConfig.directories, output: path.join(outDir, 'deb') } },
      prepackaged,
      publish: 'never',
      effectiveOptionComputed: async ([args]) => {
        fpmArgs = args;
        return true;
      },
    });
  } catch (error) {
    failures.push(`the deb target refuses the metadata: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  expect(fpmArgs !== null, 'the deb target never reached packaging');
  if (fpmArgs === null) return;
  const argument = (name) => fpmArgs[fpmArgs.indexOf(name) + 1];
  expect(fpmArgs.includes('--url') && argument('--url').length > 0, 'the deb needs a homepage (package.json "homepage")');
  expect(fpmArgs.includes('--maintainer') && argument('--maintainer').length > 0, 'the deb needs a maintainer');
  console.log(`package:check: deb metadata ok (url ${argument('--url')}, maintainer ${argument('--maintainer')})`);
}

/**
 * The SQLCipher prebuild is linked against a minimum glibc; the deb must declare at least
 * that (libc6 >= X) so apt refuses an older system instead of the app failing to start.
 */
function checkGlibcDeclared(config, prebuild) {
  const needed = [...fs.readFileSync(prebuild).toString('latin1').matchAll(/GLIBC_(\d+)\.(\d+)/g)]
    .map((match) => [Number(match[1]), Number(match[2])])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .at(-1);
  const declared = (config.deb?.depends ?? [])
    .map((entry) => /^libc6 \(>= (\d+)\.(\d+)\)$/.exec(entry))
    .find((match) => match !== null);
  expect(declared !== undefined, 'deb.depends must declare "libc6 (>= X.Y)" for the SQLCipher prebuild');
  if (needed === undefined || declared === undefined) return;
  const [major, minor] = [Number(declared[1]), Number(declared[2])];
  expect(
    major > needed[0] || (major === needed[0] && minor >= needed[1]),
    `the SQLCipher prebuild needs glibc ${needed.join('.')}, but the deb declares libc6 (>= ${major}.${minor})`,
  );
  console.log(`package:check: SQLCipher prebuild needs glibc ${needed.join('.')}; deb declares libc6 (>= ${major}.${minor})`);
}

if (failures.length > 0) {
  console.error(`package:check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('package:check passed');
