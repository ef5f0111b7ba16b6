import type { Field } from '../model';

/**
 * Keys for refs and measure ids (docs/decisions.md, Validation rules): case
 * and surrounding/repeated spaces are ignored, punctuation is not, because
 * `1.1` and `11` (or `1.10`) are different refs.
 */
export function idKey(text: string): string {
  // Most refs (`2.3`) are already their own key, and most ids (`CL1`) only need lower case.
  const kind = keyShape(text);
  if (kind === OWN_KEY) return text;
  if (kind === NEEDS_LOWER_CASE) return text.toLowerCase();
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const OWN_KEY = 0;
const NEEDS_LOWER_CASE = 1;
const NEEDS_TIDYING = 2;

/**
 * OWN_KEY for printable ASCII without spaces or capitals; NEEDS_LOWER_CASE
 * when it has capitals too (nothing to trim or collapse then); else NEEDS_TIDYING.
 */
function keyShape(text: string): number {
  let shape = OWN_KEY;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return NEEDS_TIDYING;
    if (c >= 65 && c <= 90) shape = NEEDS_LOWER_CASE;
  }
  return shape;
}

/**
 * Measure ids named in an action's Measures cell (contract 4.3,
 * measure-unknown): tokens shaped like letters then digits (`CL1`, `M07`,
 * `KPI12`), separated by commas, semicolons or spaces. Brackets and stops
 * around a token are ignored (`(CL1)`, `CL1.`). Quarter words `Q1`..`Q4` are
 * free text (`by Q4`), not ids. Each id is listed once, in order.
 */
export function measureIdTokens(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const parts = text.split(/[,;\s]+/);
  for (const part of parts) {
    const token = part.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
    if (!/^[A-Za-z]+[0-9]+$/.test(token)) continue;
    if (/^[Qq][1-4]$/.test(token)) continue;
    const key = idKey(token);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(token);
  }
  return out;
}

/**
 * For each key (idKey) that more than one row's field holds, the first field
 * holding it: what ref-duplicate and measure-id-duplicate point back to. Only
 * fields that read as a value count. Empty when every key is used once, as in
 * most plans, so the rules then need not look keys up at all: one pass with
 * one set operation per row, and a second pass only when a key repeats.
 */
export function firstOfRepeatedKeys<R>(rows: ReadonlyArray<R>, fieldOf: (row: R) => Field<string> | null): Map<string, Field<string>> {
  const firsts = new Map<string, Field<string>>();
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const f = fieldOf(rows[i]);
    if (f === null || f.read.kind !== 'value') continue;
    const key = idKey(f.read.value);
    const before = seen.size;
    seen.add(key);
    if (seen.size === before) repeated.add(key);
  }
  if (repeated.size === 0) return firsts;
  for (let i = 0; i < rows.length; i++) {
    const f = fieldOf(rows[i]);
    if (f === null || f.read.kind !== 'value') continue;
    const key = idKey(f.read.value);
    if (repeated.has(key) && !firsts.has(key)) firsts.set(key, f);
  }
  return firsts;
}
