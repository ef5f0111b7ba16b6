/**
 * The generated Office Scripts (scripts/office/*.ts): up to date with
 * src/core, in the Office Scripts dialect, and, run in Node against a fake
 * ExcelScript workbook loaded from real .xlsx files, writing exactly what
 * `plan rollup` writes and finding exactly what `plan check` finds, with a
 * number of ExcelScript calls that does not grow with the rows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SCRIPTS, checkDialect, generateAll } from '../../scripts/build-office-scripts';
import { bytesOf, generatedPlan, unusualPlan } from './fixtures';
import { OWNED_SHEETS, asObject, cli, fakeFrom, xlsxSheetValues } from './paths';
import { ROOT, loadScript } from './run-script';
import { conditionalRules, newCallLog } from './fake-excelscript';
import type { CheckResult, RollupSummary } from '../../scripts/office/entries/summary';
import type ExcelJS from 'exceljs';

const rollup = (): ReturnType<typeof loadScript<RollupSummary>> => loadScript<RollupSummary>('monthly-rollup');
const check = (): ReturnType<typeof loadScript<CheckResult>> => loadScript<CheckResult>('check-plan');

const FIXTURES: ReadonlyArray<{ name: string; make: () => ExcelJS.Workbook }> = [
  { name: 'another council\'s plan (synonyms, title rows, merged sections)', make: unusualPlan },
  { name: 'a generated Bristol-style tracker of 150 actions', make: () => generatedPlan(150) },
];

describe('generated scripts', () => {
  const generated = generateAll();

  it.each(SCRIPTS.map((s) => [s.name]))('%s.ts is up to date with src/core (run npm run build:scripts)', (name) => {
    const script = generated.find((g) => g.name === name);
    expect(script).toBeDefined();
    const committed = readFileSync(path.join(ROOT, 'scripts/office', name + '.ts'), 'utf8');
    expect(committed === (script as { text: string }).text).toBe(true);
  });

  it.each(SCRIPTS.map((s) => [s.name]))('%s.ts type-checks against the ExcelScript declaration and keeps to the dialect', (name) => {
    const script = generated.find((g) => g.name === name) as { text: string };
    expect(checkDialect(script.text).problems).toEqual([]);
  });

  it('are self-contained: no import, no export, one main with explicit types', () => {
    for (const g of generated) {
      expect(g.text).not.toMatch(/^\s*(import|export)\s/m);
      expect(g.text.match(/^function main\(/gm)).toHaveLength(1);
      expect(g.text).toMatch(/^function main\(workbook: ExcelScript\.Workbook, asOf\?: string(, \w+\?: string)*\): \w+ \{/m);
    }
  });
});

describe('monthly-rollup against plan rollup', () => {
  it.each(FIXTURES.map((f) => [f.name, f.make]))('%s: writes the same Monthly roll-up and Roll-up history, cell by cell', async (_name, make) => {
    const bytes = await bytesOf(make());
    const run = await cli(['rollup', '--as-of', '2016-10-31'], bytes);
    expect(run.code).toBe(0);
    const fake = await fakeFrom(bytes);
    const summary = rollup()(fake, '2016-10-31');
    for (const sheet of OWNED_SHEETS) {
      const expected = asObject(await xlsxSheetValues(run.bytes as Uint8Array, sheet));
      expect(Object.keys(expected).length).toBeGreaterThan(10);
      expect(asObject(fake.sheetValues(sheet))).toEqual(expected);
    }
    expect(summary.month).toBe('2016-10');
    expect(summary.asOf).toBe('2016-10-31');
  });

  it('returns the roll-up it wrote: counts per theme and overall, overdue actions, Red measures with values', async () => {
    const bytes = await bytesOf(generatedPlan(150));
    const fake = await fakeFrom(bytes);
    const s = rollup()(fake, '2016-10-31');
    const run = await cli(['report', '--as-of', '2016-10-31', '--format', 'json'], bytes);
    const report = JSON.parse(run.out) as { rollup: Array<Record<string, string | number>>; actions: Array<{ daysOverdue: number }>; measures: Array<{ rag: string }> };
    const COUNTS = ['theme', 'actions', 'blue', 'green', 'amber', 'red', 'grey', 'unknown', 'overdue', 'measures', 'measuresGreen', 'measuresAmber', 'measuresRed', 'measuresNoData'];
    const pick = (t: object): Record<string, unknown> => {
      const o: Record<string, unknown> = {};
      for (const k of COUNTS) o[k] = (t as Record<string, unknown>)[k];
      return o;
    };
    expect([...s.themes, s.overall].map((t) => pick(t))).toEqual(report.rollup.map((r) => pick(r)));
    expect(s.overall.overdue).toBe(report.actions.filter((a) => a.daysOverdue > 0).length);
    expect(s.overall.measuresRed).toBe(report.measures.filter((m) => m.rag === 'Red').length);
    expect(s.overall.redMeasures.length).toBe(Math.min(50, s.overall.measuresRed));
    for (const m of s.overall.redMeasures) {
      expect(typeof m.latest).toBe('number');
      expect(m.latestText).not.toBe('');
      expect(m.targetText).not.toBe('');
    }
    const listed = s.overall.overdueActions;
    expect(listed.length).toBe(Math.min(50, s.overall.overdue));
    expect(listed.every((a, i) => i === 0 || listed[i - 1].daysOverdue >= a.daysOverdue)).toBe(true);
    expect(listed[0].lead).not.toBe('');
    for (const t of s.themes) expect(t.overdueActions.every((a) => a.theme === t.theme)).toBe(true);
    // Power Automate takes plain JSON: no Map, no undefined, no null anywhere.
    expect(JSON.stringify(s)).not.toMatch(/null/);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.text).toContain('October 2016');
  });

  it('running twice for one month leaves one set of history rows; the next month adds its own', async () => {
    const bytes = await bytesOf(generatedPlan(60));
    const fake = await fakeFrom(bytes);
    const monthsOf = (): string[] => {
      const values = fake.sheetValues('Roll-up history');
      const out: string[] = [];
      for (const [addr, v] of values) if (/^A\d+$/.test(addr) && addr !== 'A1') out.push(String(v));
      return out.sort();
    };
    rollup()(fake, '2016-10-31');
    const once = monthsOf();
    expect(once.length).toBe(7); // six themes and All
    expect(new Set(once)).toEqual(new Set(['2016-10']));
    rollup()(fake, '2016-10-15');
    expect(monthsOf()).toEqual(once);
    rollup()(fake, '2016-11-30');
    expect(monthsOf()).toEqual([...once, ...once.map(() => '2016-11')]);

    // The same three runs through the command line give the same sheets.
    let current = bytes;
    for (const asOf of ['2016-10-31', '2016-10-15', '2016-11-30']) {
      const run = await cli(['rollup', '--as-of', asOf], current);
      current = run.bytes as Uint8Array;
    }
    for (const sheet of OWNED_SHEETS) expect(asObject(fake.sheetValues(sheet))).toEqual(asObject(await xlsxSheetValues(current, sheet)));
  });

  it('writes nothing else: every other sheet keeps its cells', async () => {
    const bytes = await bytesOf(unusualPlan());
    const fake = await fakeFrom(bytes);
    const before = new Map(fake.sheets.map((s) => [s.name, asObject(fake.sheetValues(s.name))]));
    rollup()(fake, '2016-10-31');
    for (const [name, cells] of before) expect(asObject(fake.sheetValues(name))).toEqual(cells);
  });

  it('colours RAG areas with conditional formats, and a rerun does not pile them up', async () => {
    const fake = await fakeFrom(await bytesOf(generatedPlan(30)));
    rollup()(fake, '2016-10-31');
    const first = conditionalRules(fake, 'Monthly roll-up').length;
    rollup()(fake, '2016-10-31');
    expect(conditionalRules(fake, 'Monthly roll-up').length).toBe(first);
  });

  it('takes the as-of date day first or as yyyy-mm-dd, and a Power Automate timestamp; refuses an impossible date and a wrong format apart', async () => {
    const fake = await fakeFrom(await bytesOf(generatedPlan(12)));
    const uk = rollup()(fake, '31/10/2016');
    expect([uk.asOf, uk.asOfSource]).toEqual(['2016-10-31', 'asOf parameter']);
    expect(uk.text.split('\n')[0]).toBe('Improvement plan roll-up for October 2016, as of 31/10/2016 (asOf parameter)');
    expect(rollup()(fake, '2016-10-31T06:00:00Z').asOf).toBe('2016-10-31');
    expect(() => rollup()(fake, '2016-02-30')).toThrow(/not a real date: February 2016 has 29 days/);
    expect(() => rollup()(fake, '31/04/2017')).toThrow(/not a real date: April 2017 has 30 days/);
    expect(() => rollup()(fake, 'end of October')).toThrow(/"end of October" is not a date\. Give it day first/);
  });

  it('without asOf uses the Settings As of (contract 8) and says so', async () => {
    const { buildSampleWorkbook } = await import('../../src/sample');
    const fake = await fakeFrom(await bytesOf(buildSampleWorkbook()));
    const result = check()(fake);
    expect([result.asOf, result.asOfSource]).toEqual(['2016-09-30', 'Settings!B5']);
    expect(result.text.split('\n')[0]).toBe('Plan check, as of 30/09/2016 (Settings!B5). Not ready for the board: ' + result.errors + ' errors and ' + result.warnings + ' warnings.');
    const summary = rollup()(fake, '');
    expect([summary.month, summary.asOfSource]).toEqual(['2016-09', 'Settings!B5']);
  });

  it('without asOf or a Settings As of uses today in UTC', async () => {
    const fake = await fakeFrom(await bytesOf(generatedPlan(12)));
    const before = new Date().toISOString().slice(0, 10);
    const result = check()(fake);
    const after = new Date().toISOString().slice(0, 10);
    expect(result.asOfSource).toBe('today');
    expect([before, after]).toContain(result.asOf);
  });
});

describe('check-plan against plan check', () => {
  it.each(FIXTURES.map((f) => [f.name, f.make]))('%s: returns the same findings and writes nothing', async (_name, make) => {
    const bytes = await bytesOf(make());
    const run = await cli(['check', '--as-of', '2016-10-31', '--format', 'json'], bytes);
    const expected = JSON.parse(run.out) as { ready: boolean; errors: number; warnings: number; findings: Array<Record<string, string | null>> };
    const fake = await fakeFrom(bytes);
    const before = fake.sheets.map((s) => asObject(fake.sheetValues(s.name)));
    const result = check()(fake, '2016-10-31');
    expect(result.findings).toEqual(expected.findings.map((f) => ({ ...f, ref: f.ref === null ? '' : f.ref })));
    expect([result.ready, result.errors, result.warnings]).toEqual([expected.ready, expected.errors, expected.warnings]);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.truncated).toBe(false);
    expect(fake.sheets.map((s) => asObject(fake.sheetValues(s.name)))).toEqual(before);
    expect(Object.keys(fake.log.byMethod).filter((m) => m.startsWith('Range.set') || m.includes('add') || m.includes('clear'))).toEqual([]);
  });
});

describe('ExcelScript calls', () => {
  const calls = async (actions: number): Promise<{ total: number; byMethod: Record<string, number> }> => {
    const log = newCallLog();
    const fake = await fakeFrom(await bytesOf(generatedPlan(actions)), log);
    log.total = 0;
    log.byMethod = {};
    rollup()(fake, '2016-10-31');
    return { total: log.total, byMethod: log.byMethod };
  };

  it('are a constant number per sheet, not per row: the same for 60 and 1,200 actions', async () => {
    const small = await calls(60);
    const large = await calls(1200);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(small.byMethod['Range.getValues']).toBe(3); // Actions, Scorecard, Officers: one read each
    expect(small.byMethod['Range.setValues']).toBe(3); // Monthly roll-up, Roll-up history, RAG history: one block each
  });
});
