// Summaries of timing samples (milliseconds), rounded for the table and the JSON.

/** The q-quantile by nearest rank: p95 of 50 samples is the 48th smallest. */
export function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summary(samples) {
  return {
    n: samples.length,
    p50: round(quantile(samples, 0.5)),
    p95: round(quantile(samples, 0.95)),
    max: round(Math.max(...samples)),
  };
}

export function round(ms) {
  return ms >= 100 ? Math.round(ms) : Math.round(ms * 10) / 10;
}

/** Milliseconds since `start` (a process.hrtime.bigint() value). */
export function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
