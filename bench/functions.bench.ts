/**
 * Speed of the custom functions as Excel calls them: PLAN.RAG and
 * PLAN.ACTIONRAG over 1,000,000 calls each with mixed inputs (numbers, %
 * text, no-data markers, blanks, polarity words, date serials and date text).
 * Goal: at least 1,000,000 evaluations per second.
 */
import { actionRag, rag } from '../src/functions/functions';
import { serialFromYmd } from '../src/core/calendar';

type Value = number | string | boolean | null;

const CALLS = 1_000_000;
const GOAL = 1_000_000;

const RAG_INPUTS: ReadonlyArray<ReadonlyArray<Value>> = [
  [0.58, 0.6, 'Higher is better', null, null, null, null],
  [58, '60%', 'H', 3, 'points', null, '%'],
  [21, 20, 'Lower is better', null, null, 25, null],
  [104, 100, 'Target', 5, 'relative', null, 'Number'],
  ['c', 100, 'High', null, null, null, null],
  [3100, null, 'Context', null, null, null, null],
  ['1,234', 1200, 'Up', '', '', '', ''],
  [0.91, 0.95, 'H', 4, null, null, null],
];

const AS_OF = serialFromYmd(2016, 10, 31);
const ACTION_INPUTS: ReadonlyArray<ReadonlyArray<Value>> = [
  ['On track', AS_OF + 40, null, AS_OF],
  ['Not started', AS_OF + 10, null, AS_OF],
  ['Complete', AS_OF - 5, AS_OF - 1, AS_OF],
  ['At risk', '31/12/2016', null, AS_OF],
  ['Off track', AS_OF - 3, null, AS_OF],
  ['Deferred', 'Q3 2016/17', null, AS_OF],
  ['Awaiting sign-off', AS_OF - 30, null, AS_OF],
  ['In progress', 'Ongoing', null, AS_OF],
];

function time(calls: number, body: (i: number) => unknown): { seconds: number; sink: number } {
  let sink = 0;
  // Warm up so the JIT has compiled the paths being measured.
  for (let i = 0; i < 50_000; i++) if (body(i) !== undefined) sink++;
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) if (body(i) !== undefined) sink++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, sink };
}

function line(name: string, seconds: number): string {
  const rate = CALLS / seconds;
  const verdict = rate >= GOAL ? 'meets' : 'BELOW';
  return `${name.padEnd(16)} ${CALLS.toLocaleString('en-GB')} calls in ${(seconds * 1000).toFixed(0)} ms = ${Math.round(rate).toLocaleString('en-GB')}/s (${verdict} goal ${GOAL.toLocaleString('en-GB')}/s)`;
}

export async function run(): Promise<string[]> {
  const r = time(CALLS, (i) => {
    const a = RAG_INPUTS[i & 7];
    return rag(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
  });
  const b = time(CALLS, (i) => {
    const a = ACTION_INPUTS[i & 7];
    return actionRag(a[0], a[1], a[2], a[3]);
  });
  return [line('PLAN.RAG', r.seconds), line('PLAN.ACTIONRAG', b.seconds)];
}
