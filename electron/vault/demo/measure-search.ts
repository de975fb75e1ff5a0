import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchInputSchema } from '../../../shared/domain/schemas/search';
import { searchRecords } from '../records/search/search';
import { unlockVault } from '../vault';
import { createDemoVault } from './generate';

/*
 * Measures search on a demo vault: builds one (10,000 cases unless a count is given),
 * runs a fixed mix of queries — whole words, prefixes, Danish letters, common and rare
 * terms, several words — and prints the time of building it and p50/p95/max per search.
 *   npx tsx electron/vault/demo/measure-search.ts [cases] [rounds]
 */

const QUERIES = [
  'sommerfesten', 'bøj', 'Dialogrådet', 'samtale', 'mægling', 'Århus', 'påtale', 'Mads', 'uønsk ber',
  'politianmeld', 'ø', 'psykolog', 'Østergaard', 'landsmødet', 'henvendelse', 'bisidder samtykke',
];

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

const cases = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 10);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-measure-'));
try {
  const started = performance.now();
  const demo = await createDemoVault({ dir: path.join(dir, 'vault'), cases, seed: 1 });
  const buildSeconds = (performance.now() - started) / 1000;
  const vault = await unlockVault({ dir: demo.dir, passphrase: demo.passphrase });
  try {
    const timings: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const query of QUERIES) {
        const input = searchInputSchema.parse({ query });
        const before = performance.now();
        searchRecords(vault.db, input);
        timings.push(performance.now() - before);
      }
    }
    timings.sort((a, b) => a - b);
    const size = fs.statSync(path.join(demo.dir, 'vault.db')).size;
    process.stdout.write(
      [
        `demo vault: ${demo.summary.cases} cases, ${demo.summary.notes} notes, ${(size / 1e6).toFixed(0)} MB, built in ${buildSeconds.toFixed(1)} s`,
        `search (${timings.length} runs, limit 50): p50 ${percentile(timings, 0.5).toFixed(1)} ms, p95 ${percentile(timings, 0.95).toFixed(1)} ms, max ${(timings.at(-1) ?? 0).toFixed(1)} ms`,
      ].join('\n') + '\n',
    );
  } finally {
    vault.close();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
