/**
 * Enumerated words (contract 3.2 and 4.1), all matched with matchKey: case-,
 * space- and punctuation-insensitive.
 */
import type { Cell } from '../snapshot';
import type { ManualRag, Polarity, Read, Status, ToleranceType, Unit } from '../model';
import { matchKey } from '../text';
import { readText } from './text';

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

/** A status cell: blank, a status, invalid (the text seen) or a cell error. */
export function readStatus(cell: Cell): Read<Status> {
  return readWord(cell, parseStatus);
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
