/**
 * `npm run bench [-- --quick] [-- --json] [-- --scale N]`: how fast the vault is at
 * realistic sizes, each scenario timed against a plaintext SQLite file with the same schema
 * and data in the same run, reported as a ratio (these machines are too noisy for absolute
 * thresholds). No assertions: `--quick` is a smoke run for CI.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createVaultPair } from './bench-vaults';
import { formatTable, type ScaleReport } from './format';
import { jointReportScenario } from './joint-report-scenario';
import { formatMainThread, mainThreadScenario, type MainThreadRow } from './main-thread-scenario';
import { peakRssMiB, type Budget } from './measure';
import { rekeyScenario } from './rekey-scenario';
import { agreementExportScenario, backupScenario, readScenarios, reportScenario, unlockScenario, writeScenarios, type ScenarioResult } from './scenarios';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    scale: { type: 'string', multiple: true },
    seed: { type: 'string', default: '2026' },
  },
});

const scales = values.scale?.map(Number) ?? (values.quick ? [200] : [1_000, 10_000]);
const seed = Number(values.seed);
const budget: Budget = values.quick ? { timeMs: 50, iterations: 5 } : { timeMs: 1_500, iterations: 50 };
const runs = values.quick ? 1 : 5;

async function runScale(cases: number): Promise<ScaleReport & { mainThread: MainThreadRow[] }> {
  const started = performance.now();
  const pair = await createVaultPair(cases, seed);
  const setupSeconds = (performance.now() - started) / 1000;
  const results: ScaleReport['results'] = [];
  const record = (list: ScenarioResult[]) => results.push(...list.map((r) => ({ ...r, peakRssMiB: peakRssMiB() })));
  let mainThread: MainThreadRow[] = [];
  try {
    record(await unlockScenario(pair, runs));
    record(await readScenarios(pair, budget));
    record(await writeScenarios(pair, budget));
    record([await reportScenario(pair, Math.min(runs, 3))]);
    record([await agreementExportScenario(pair, Math.max(runs, 5))]);
    record([await backupScenario(pair, Math.min(runs, 3))]);
    record([await rekeyScenario(pair, Math.min(runs, 3))]);
    mainThread = await mainThreadScenario(pair, Math.min(runs, 3));
  } finally {
    pair.close();
  }
  return { cases: pair.cases, notes: pair.notes, setupSeconds, results, mainThread };
}

const reports: ScaleReport[] = [];
for (const cases of scales) {
  const report = await runScale(cases);
  reports.push(report);
  if (!values.json) console.log(`\n${formatTable(report)}\n\n${formatMainThread(report.mainThread)}`);
}
// The joint learning document of both contact persons' vaults: 2 × 5,000 cases (2 × 200 in --quick).
const joint = await jointReportScenario(values.quick ? 200 : 5_000, seed, values.quick ? 1 : 3);
reports.push(joint);
if (!values.json) console.log(`\n${formatTable(joint)}\n`);
if (values.json) {
  console.log(JSON.stringify({ machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30) }, seed, reports }, null, 2));
}
