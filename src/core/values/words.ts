/**
 * Enumerated words (contract 3.2 and 4.1), all matched with matchKey: case-,
 * space- and punctuation-insensitive.
 */
import type { Cell } from '../snapshot';
import { isCellError } from '../snapshot';
import type { ManualRag, Polarity, Read, Status, ToleranceType, Unit } from '../model';
import { matchKey } from '../text';
import { readText, shownTextOf } from './text';
import { BLANK_READ } from './blank';

type WordTable<T> = ReadonlyArray<readonly [T, ReadonlyArray<string>]>;

function lookup<T>(table: WordTable<T>, text: string): T | null {
  const key = matchKey(text);
  if (key === '') return null;
  for (const entry of table) {
    if (entry[1].indexOf(key) >= 0) return entry[0];
  }
  return null;
}

/** Keys are matchKey forms. `Complete - awaiting sign-off` is its own key, so it never reads as Complete. */
const STATUS: WordTable<Status> = [
  ['Not started', ['notstarted', 'notyetstarted']],
  ['On track', ['ontrack', 'inprogress', 'green', 'g']],
  ['At risk', ['atrisk', 'amber', 'a']],
  ['Off track', ['offtrack', 'red', 'r']],
  ['Complete', ['complete', 'completed', 'done', 'closed', 'blue', 'b']],
  ['Awaiting sign-off', ['awaitingsignoff', 'completeawaitingsignoff', 'completedawaitingsignoff', 'awaitingevidence']],
  ['Deferred', ['deferred', 'suspended', 'rescheduled', 'superseded', 'onhold']],
];

export function parseStatus(text: string): Status | null {
  return lookup(STATUS, text);
}

const STATUS_READS = new Map<string, Read<Status>>();

/** A status cell: blank, a status, invalid (the text seen) or a cell error. */
export function readStatus(cell: Cell): Read<Status> {
  return readWordShared(cell, STATUS_READS, parseStatus);
}

const POLARITY: WordTable<Polarity> = [
  ['higher', ['higherisbetter', 'high', 'h', 'up', 'biggerisbetter', 'higher', '\u2191']],
  ['lower', ['lowerisbetter', 'low', 'l', 'down', 'smallerisbetter', 'lower', '\u2193']],
  ['band', ['target', 't', 'closetotarget', 'range']],
  ['context', ['context', 'c', 'contextual', 'none']],
];

export function parsePolarity(text: string): Polarity | null {
  return lookup(POLARITY, text);
}

const UNIT: WordTable<Unit> = [
  ['percent', ['%', 'percentage', 'percent', 'pct']],
  ['number', ['number', 'count', '#', 'numeric']],
  ['days', ['days', 'day']],
  ['rate', ['rate']],
];

/** `%`, `Percentage`; `Number`, `Count`, `#`; `Days`; `Rate`, `Rate per 10,000` (any `Rate per ...`). */
export function parseUnit(text: string): Unit | null {
  const found = lookup(UNIT, text);
  if (found !== null) return found;
  return /^rateper\d+k?$/.test(matchKey(text)) ? 'rate' : null;
}

const TOLERANCE_TYPE: WordTable<ToleranceType> = [
  ['points', ['points', 'point', 'pts', 'pp', 'percentagepoints']],
  ['relative', ['relative', 'percentoftarget', 'oftarget']],
  ['value', ['value', 'absolute']],
];

export function parseToleranceType(text: string): ToleranceType | null {
  return lookup(TOLERANCE_TYPE, text);
}

const MANUAL_RAG: WordTable<ManualRag> = [
  ['Blue', ['blue', 'b']],
  ['Green', ['green', 'g']],
  ['Amber', ['amber', 'a']],
  ['Red', ['red', 'r']],
];

/** `Blue`/`B`, `Green`/`G`, `Amber`/`A`, `Red`/`R`; anything else is not compared (null). */
export function parseManualRag(text: string): ManualRag | null {
  return lookup(MANUAL_RAG, text);
}

/** Reads a cell of enumerated words with a parser: unknown words are `invalid` with the text seen. */
export function readWord<T>(cell: Cell, parse: (text: string) => T | null): Read<T> {
  const r = readText(cell);
  if (r.kind !== 'value') return r;
  const v = parse(r.value);
  return v === null ? { kind: 'invalid', text: r.value } : { kind: 'value', value: v };
}

const UNIT_READS = new Map<string, Read<Unit>>();
const POLARITY_READS = new Map<string, Read<Polarity>>();
const TOLERANCE_TYPE_READS = new Map<string, Read<ToleranceType>>();

/** readWord with parseUnit. */
export function readUnit(cell: Cell): Read<Unit> {
  return readWordShared(cell, UNIT_READS, parseUnit);
}

/** readWord with parsePolarity. */
export function readPolarity(cell: Cell): Read<Polarity> {
  return readWordShared(cell, POLARITY_READS, parsePolarity);
}

/** readWord with parseToleranceType. */
export function readToleranceType(cell: Cell): Read<ToleranceType> {
  return readWordShared(cell, TOLERANCE_TYPE_READS, parseToleranceType);
}

/** Distinct texts remembered per word reader; a column of free text cannot grow a cache past this. */
const MAX_SHARED_READS = 1000;

/**
 * readWord for one parser, with one Read shared per distinct text: a column of
 * statuses holds a handful of words, and 50,000 rows should not parse them
 * (or hold a Read for them) 50,000 times.
 */
function readWordShared<T>(cell: Cell, reads: Map<string, Read<T>>, parse: (text: string) => T | null): Read<T> {
  const v = cell.value;
  if (v === null) return BLANK_READ;
  if (typeof v === 'object' && isCellError(v)) return { kind: 'error', code: v.error };
  const text = shownTextOf(cell, v);
  if (text === '') return BLANK_READ;
  let read = reads.get(text);
  if (read === undefined) {
    const parsed = parse(text);
    read = parsed === null ? { kind: 'invalid', text } : { kind: 'value', value: parsed };
    if (reads.size < MAX_SHARED_READS) reads.set(text, read);
  }
  return read;
}
