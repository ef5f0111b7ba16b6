/**
 * Contract 3.3: every comparison (RAG, trajectory, direction thresholds,
 * import conflicts) rounds both sides to 10 significant digits first, so
 * 0.58 meets 58% and 0.95 - 0.91 is within 0.04.
 */

/** `x` rounded to 10 significant digits; zero and non-finite values as they are. */
export function round10(x: number): number {
  if (x === 0 || !isFinite(x)) return x;
  return Number(x.toPrecision(10));
}
