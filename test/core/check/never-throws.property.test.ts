/** checkPlan(readPlan(snapshot)) never throws, whatever the cells hold, and every finding is well formed. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPlan, shortCheckText, findingsByRow } from '../../../src/core/check';
import { readPlan } from '../../../src/core/read';
import type { Cell, CellValue, WorkbookSnapshot } from '../../../src/core/snapshot';
import { parseA1 } from '../../../src/core/address';
import { ACTION_HEADERS, MEASURE_HEADERS } from './fixture';

const nasty: ReadonlyArray<CellValue> = [
  '<img src=x onerror=alert(1)>', '=HYPERLINK("x")', '12/31/2016', '31/02/2017', 'Ongoing', 'TBC', 'n/a', 'c', '~', '..',
  '58%', '1,234', '-', 'Complete', 'On track', 'Off track', 'At risk', 'Deferred', 'G', 'Blue', 'Higher is better', 'Context',
  '%', 'Number', 'CL1, CL9', 'Q3 2016/17', 'Dec 2016', '1.1', '1.10', '2. Care leavers', '', '   ', '\u0000', 'x'.repeat(300),
  NaN, Infinity, -Infinity, 0, -1, 1.1, 42736, 1e308, -0, true, false, null,
  { error: '#REF!' }, { error: '#N/A' }, { error: '#DIV/0!' },
];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string(),
  fc.double(),
  fc.integer({ min: -1000, max: 3000000 }),
  fc.boolean(),
  fc.constant(null),
  fc.string().map((s) => ({ error: '#' + s })),
);

const cell: fc.Arbitrary<Cell> = fc.record({
  value,
  text: fc.oneof(fc.constant(''), fc.string(), fc.constantFrom('58%', '31/12/2016', '#REF!')),
  format: fc.constantFrom('General', '0%', 'dd/mm/yyyy', '@', '0.0%'),
});

/** A header row from the real synonyms (so tables are found) with random data rows below, sometimes after title rows. */
function sheetOf(name: string, headers: ReadonlyArray<string>): fc.Arbitrary<{ name: string; rows: Cell[][]; merges: string[] }> {
  return fc
    .record({
      titles: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
      keep: fc.subarray(headers.slice(), { minLength: 0 }),
      data: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 12 }),
    })
    .map((r) => ({
      name,
      rows: r.titles.concat([r.keep.map((h) => ({ value: h, text: h, format: 'General' }))], r.data),
      merges: [],
    }));
}

const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    actions: sheetOf('Actions', ACTION_HEADERS),
    measures: sheetOf('Scorecard', MEASURE_HEADERS),
    officers: fc.option(sheetOf('Officers', ['Officer']), { nil: undefined }),
    settings: fc.option(sheetOf('Settings', ['Plan year', 'Amber window']), { nil: undefined }),
    stray: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
  })
  .map((r) => {
    const sheets = [r.actions, r.measures, { name: 'Notes', rows: r.stray, merges: [] }];
    if (r.officers !== undefined) sheets.push(r.officers);
    if (r.settings !== undefined) sheets.push(r.settings);
    return { sheets, tables: [] };
  });

describe('checkPlan on any snapshot', () => {
  it('never throws and gives well-formed findings', () => {
    fc.assert(
      fc.property(snapshot, fc.integer({ min: 36000, max: 48000 }), (wb, asOf) => {
        const findings = checkPlan(readPlan(wb, asOf));
        for (const f of findings) {
          expect(parseA1(f.cell)).not.toBeNull();
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/undefined|\[object/);
          expect(['error', 'warning']).toContain(f.severity);
        }
        for (const rows of findingsByRow(findings, 'Actions').values()) expect(shortCheckText(rows)).not.toBe('OK');
      }),
      { numRuns: 300 },
    );
  });
});
