import { Bench } from 'tinybench';

export interface Timing {
  /** Milliseconds. */
  p50: number;
  p95: number;
  mean: number;
  samples: number;
}

export interface Budget {
  /** Minimum wall time per task. */
  timeMs: number;
  /** Minimum iterations per task. */
  iterations: number;
}

/** p-quantile of sorted samples, linearly interpolated. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = (sorted.length - 1) * p;
  const lower = Math.floor(index);
  const upper = Math.ceil(index);
  const a = sorted[lower] ?? Number.NaN;
  const b = sorted[upper] ?? a;
  return a + (b - a) * (index - lower);
}

export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    mean: sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length),
    samples: sorted.length,
  };
}

/**
 * Times the encrypted and the plaintext variant of one scenario in the same tinybench run,
 * interleaved by tinybench's task order, so machine noise hits both alike.
 */
export async function timePair(
  budget: Budget,
  encrypted: () => unknown,
  plaintext: () => unknown,
): Promise<{ encrypted: Timing; plaintext: Timing }> {
  const bench = new Bench({ time: budget.timeMs, iterations: budget.iterations, warmup: true, retainSamples: true });
  bench.add('encrypted', encrypted).add('plaintext', plaintext);
  await bench.run();
  const [enc, plain] = bench.tasks.map((task) => {
    const result = task.result as { latency?: { samples?: number[] } } | undefined;
    const samples = result?.latency?.samples;
    if (!samples || samples.length === 0) throw new Error(`No samples for ${task.name}: ${JSON.stringify(task.result)}`);
    return timingOf(samples);
  });
  return { encrypted: enc as Timing, plaintext: plain as Timing };
}

/** Times a one-off operation `runs` times (for work too slow or stateful for tinybench). */
export async function timeRuns(runs: number, fn: () => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return timingOf(samples);
}

export function rssMiB(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

/** The process's peak resident set so far (monotonic), in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
