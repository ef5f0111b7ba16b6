/**
 * The ExcelScript double refuses what Excel on the web refuses (one rule per
 * case), and the generated scripts read within those limits: rows planned by
 * bytes (core read-blocks.ts), asked for again smaller when Excel still
 * refuses a block, and long progress updates no longer passing 5 MB.
 */
import { describe, expect, it } from 'vitest';
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES, newCallLog } from './fake-excelscript';
import { asObject, fakeFrom } from './paths';
import { bytesOf, generatedPlan } from './fixtures';
import { loadScript } from './run-script';
import type { CheckResult, RollupSummary } from '../../scripts/office/entries/summary';

const rollup = (): ReturnType<typeof loadScript<RollupSummary>> => loadScript<RollupSummary>('monthly-rollup');
const check = (): ReturnType<typeof loadScript<CheckResult>> => loadScript<CheckResult>('check-plan');

function oneSheet(rows: number, text: number): FakeWorkbook {
  return FakeWorkbook.fromSnapshot({
    sheets: [{ name: 'S', merges: [], rows: Array.from({ length: rows }, (_, r) => [{ value: 'x'.repeat(text) + String(r), text: 'x'.repeat(text) + String(r), format: 'General' }]) }],
    tables: [],
  });
}

describe('the ExcelScript double', () => {
  it('refuses a response over 5 MB with Excel\'s message', () => {
    const wb = oneSheet(6000, 1000);
    const used = wb.getWorksheet('S')?.getUsedRange(true);
    expect(() => used?.getValues()).toThrow('The response payload size has exceeded the limit');
    expect(wb.log.refused).toBe(1);
  });

  it('refuses a request over 5 MB with Excel\'s message', () => {
    const wb = oneSheet(1, 1);
    const range = wb.getWorksheet('S')?.getRangeByIndexes(0, 2, 6000, 1);
    expect(() => range?.setValues(Array.from({ length: 6000 }, () => ['y'.repeat(PAYLOAD_LIMIT_BYTES / 5000)]))).toThrow('The request payload size has exceeded the limit');
  });

  it('refuses values and number formats whose size differs from the range', () => {
    const range = oneSheet(2, 1).getWorksheet('S')?.getRangeByIndexes(0, 0, 2, 2);
    expect(() => range?.setValues([['a', 'b']])).toThrow('does not fit');
    expect(() => range?.setNumberFormats([['@'], ['@']])).toThrow('does not fit');
  });

  it('fails a merged-area query above 512 merged areas', () => {
    const wb = FakeWorkbook.fromSnapshot({
      sheets: [{ name: 'S', rows: [], merges: Array.from({ length: 513 }, (_, i) => 'A' + String(i + 1) + ':B' + String(i + 1)) }],
      tables: [],
    });
    expect(() => wb.getWorksheet('S')?.getRange('A1:B600').getMergedAreas()).toThrow('512');
  });
});

describe('the scripts against the 5 MB limit', () => {
  it('read 6,000 actions with three 400-character texts without a refused call, each call within half the limit', async () => {
    const log = newCallLog();
    const fake = await fakeFrom(await bytesOf(generatedPlan(6000, 400)), log);
    log.maxPayloadBytes = 0;
    const result = check()(fake, '2016-10-31');
    expect(result.findings.length).toBeGreaterThan(0);
    expect(log.refused).toBe(0);
    expect(log.maxPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2);
    expect(log.byMethod['Range.getValues']).toBeGreaterThan(3); // the Action plan in several blocks
  });

  it('ask again in smaller blocks when Excel refuses one, and write the same roll-up', async () => {
    const bytes = await bytesOf(generatedPlan(300, 200));
    const whole = await fakeFrom(bytes);
    rollup()(whole, '2016-10-31');
    const log = newCallLog();
    const small = await fakeFrom(bytes, log);
    small.payloadLimit = 60_000; // a small "5 MB": the first block, planned at 64 bytes a cell, is refused
    const summary = rollup()(small, '2016-10-31');
    expect(log.refused).toBeGreaterThan(0);
    expect(summary.month).toBe('2016-10');
    for (const sheet of ['Monthly roll-up', 'Roll-up history']) expect(asObject(small.sheetValues(sheet))).toEqual(asObject(whole.sheetValues(sheet)));
  });

  it('say which row is too large when one row alone is over the limit', async () => {
    const fake = await fakeFrom(await bytesOf(generatedPlan(12, 3000)));
    fake.payloadLimit = 4_000;
    expect(() => check()(fake, '2016-10-31')).toThrow(/Row \d+ of "Action plan" is too large/);
  });
});
