import type { ScenarioResult } from './scenarios';

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1));

export interface ScaleReport {
  cases: number;
  notes: number;
  setupSeconds: number;
  results: (ScenarioResult & { peakRssMiB: number })[];
}

/** A plain-text table: one row per scenario, encrypted vs plaintext and their ratio. */
export function formatTable(report: ScaleReport): string {
  const header = ['scenario', 'enc p50', 'enc p95', 'plain p50', 'plain p95', 'ratio p50', 'peak RSS', 'note'];
  const rows = report.results.map((r) => [
    r.name,
    ms(r.encrypted?.p50),
    ms(r.encrypted?.p95),
    ms(r.plaintext?.p50),
    ms(r.plaintext?.p95),
    r.encrypted && r.plaintext ? (r.encrypted.p50 / r.plaintext.p50).toFixed(2) : '—',
    `${r.peakRssMiB.toFixed(0)} MiB`,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [
    `${report.cases.toLocaleString('da-DK')} cases, ${report.notes.toLocaleString('da-DK')} notes (set-up ${report.setupSeconds.toFixed(0)} s; times in ms)`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
