/**
 * Contract 3.3: every comparison (RAG, trajectory, direction thresholds,
 * import conflicts) rounds both sides to 10 significant digits first, so
 * 0.58 meets 58% and 0.95 - 0.91 is within 0.04.
 */

const POW10: ReadonlyArray<number> = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/**
 * `x` rounded to 10 significant digits (halves away from zero); -0 as 0,
 * non-finite values as they are. Arithmetic on exact powers of ten where it can
 * (custom functions call this millions of times), toPrecision elsewhere.
 */
export function round10(x: number): number {
  if (x === 0) return 0; // also -0
  if (!isFinite(x)) return x;
  const a = x < 0 ? -x : x;
  if (a < 1e10 && a === Math.floor(a)) return x; // a whole number of 10 digits or fewer
  let e = Math.floor(Math.log10(a));
  if (e + 1 < POW10.length && a >= POW10[e + 1]) e++; // log10 can land just under a power of ten
  const places = 9 - e;
  if (places < 0 || places >= POW10.length) return Number(x.toPrecision(10));
  const f = POW10[places];
  const r = Math.round(a * f) / f;
  return x < 0 ? -r : r;
}
