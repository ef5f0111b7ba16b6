/**
 * The generated Office Scripts on the sample workbook (`plan sample`,
 * src/sample) as of its last update, 30/09/2016: monthly-rollup writes the
 * same Monthly roll-up and Roll-up history as `plan rollup`, cell by cell,
 * and nothing else (the Dashboard included); check-plan finds what
 * `plan check --format json` finds, the sample's planted problems.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkbook, SAMPLE_AS_OF, SAMPLE_PLANTED_PROBLEMS, SAMPLE_SHEETS } from '../../src/sample';
import { bytesOf } from './fixtures';
import { OWNED_SHEETS, asObject, cli, fakeFrom, xlsxSheetValues } from './paths';
import { loadScript } from './run-script';
import type { CheckResult, RollupSummary } from '../../scripts/office/entries/summary';

const rollup = (): ReturnType<typeof loadScript<RollupSummary>> => loadScript<RollupSummary>('monthly-rollup');
const check = (): ReturnType<typeof loadScript<CheckResult>> => loadScript<CheckResult>('check-plan');

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await bytesOf(buildSampleWorkbook());
});

describe('monthly-rollup on the sample against plan rollup', () => {
  it('writes the same Monthly roll-up and Roll-up history, cell by cell', async () => {
    const run = await cli(['rollup', '--as-of', SAMPLE_AS_OF], bytes);
    expect(run.code, run.err).toBe(0);
    const fake = await fakeFrom(bytes);
    const summary = rollup()(fake, SAMPLE_AS_OF);
    for (const sheet of OWNED_SHEETS) {
      const expected = asObject(await xlsxSheetValues(run.bytes as Uint8Array, sheet));
      expect(Object.keys(expected).length).toBeGreaterThan(10);
      expect(asObject(fake.sheetValues(sheet)), sheet).toEqual(expected);
    }
    expect(summary.month).toBe('2016-09');
    expect(summary.asOf).toBe(SAMPLE_AS_OF);
    // The sample's errors are planted: the roll-up runs and says it is not ready.
    expect(summary.text).toContain('September 2016');
  });

  it('returns the counts plan report gives, theme by theme and overall', async () => {
    const fake = await fakeFrom(bytes);
    const s = rollup()(fake, SAMPLE_AS_OF);
    const run = await cli(['report', '--as-of', SAMPLE_AS_OF, '--format', 'json'], bytes);
    const report = JSON.parse(run.out) as { rollup: Array<Record<string, string | number>> };
    const COUNTS = ['theme', 'actions', 'blue', 'green', 'amber', 'red', 'grey', 'unknown', 'overdue', 'measures', 'measuresGreen', 'measuresAmber', 'measuresRed', 'measuresNoData'];
    const pick = (t: object): Record<string, unknown> => Object.fromEntries(COUNTS.map((k) => [k, (t as Record<string, unknown>)[k]]));
    expect([...s.themes, s.overall].map((t) => pick(t))).toEqual(report.rollup.map((r) => pick(r)));
    expect(s.overall.actions).toBe(39);
  });

  it('writes nothing else: the Action plan, Scorecard, Officers, Settings and Dashboard keep their cells', async () => {
    const fake = await fakeFrom(bytes);
    const before = new Map(fake.sheets.map((s) => [s.name, asObject(fake.sheetValues(s.name))]));
    expect([...before.keys()]).toContain(SAMPLE_SHEETS.dashboard);
    rollup()(fake, SAMPLE_AS_OF);
    for (const [name, cells] of before) if (OWNED_SHEETS.indexOf(name) < 0) expect(asObject(fake.sheetValues(name)), name).toEqual(cells);
  });
});

describe('check-plan on the sample against plan check', () => {
  it('returns the same findings (the planted problems) and writes nothing', async () => {
    const run = await cli(['check', '--as-of', SAMPLE_AS_OF, '--format', 'json'], bytes);
    expect(run.code).toBe(1);
    const expected = JSON.parse(run.out) as { ready: boolean; errors: number; warnings: number; findings: Array<Record<string, string | null>> };
    const fake = await fakeFrom(bytes);
    const before = fake.sheets.map((s) => asObject(fake.sheetValues(s.name)));
    const result = check()(fake, SAMPLE_AS_OF);
    expect(result.findings).toEqual(expected.findings.map((f) => ({ ...f, ref: f.ref === null ? '' : f.ref })));
    expect([result.ready, result.errors, result.warnings]).toEqual([expected.ready, expected.errors, expected.warnings]);
    expect(result.findings.map((f) => [f.rule, f.sheet, f.ref])).toEqual(SAMPLE_PLANTED_PROBLEMS.map((p) => [p.rule, p.sheet, p.ref]));
    expect(result.truncated).toBe(false);
    expect(fake.sheets.map((s) => asObject(fake.sheetValues(s.name)))).toEqual(before);
    expect(Object.keys(fake.log.byMethod).filter((m) => m.startsWith('Range.set') || m.includes('add') || m.includes('clear'))).toEqual([]);
  });
});
