import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPlan, relevantSheetNames } from '../../../src/core/read';
import type { Cell, CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';

const words = ['Ref', 'Action', 'Outcome', 'Lead', 'Due', 'Status', 'Theme', 'ID', 'Measure', 'Polarity', 'Target 2016/17',
  'Baseline', 'Unit', 'Apr', 'May-16', 'Plan year', 'As of', '2. Care leavers', '1.1', 'c', '58%', 'Q3 2016/17', 'Officer', ''];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 42735, 1.1),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#REF!', '#N/A') }),
);
const cell: fc.Arbitrary<Cell> = fc.record({ value, text: fc.string({ maxLength: 5 }), format: fc.constantFrom('General', '0%', 'dd/mm/yyyy', '') });
const area = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .map(([r, c, h, w]) => String.fromCharCode(65 + c) + String(r) + ':' + String.fromCharCode(65 + c + w) + String(r + h)),
  fc.string({ maxLength: 6 }),
);
const sheetNames = fc.constantFrom('Actions', 'Measures', 'Scorecard', 'Officers', 'Settings', 'Sheet2', 'Plan', 'Roll-up history');
const sheetArb: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: sheetNames,
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
  merges: fc.array(area, { maxLength: 4 }),
});
const tableArb: fc.Arbitrary<TableSnapshot> = fc.record({
  name: fc.constantFrom('Scorecard', 'Actions', 'Leads', 'Settings', 'Other'),
  sheet: sheetNames,
  address: area,
});
const workbookArb: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  sheets: fc.array(sheetArb, { maxLength: 5 }),
  tables: fc.array(tableArb, { maxLength: 3 }),
});

describe('readPlan never throws', () => {
  it('reads any snapshot into a Plan, rows within the sheets', () => {
    fc.assert(
      fc.property(workbookArb, fc.integer({ min: 1, max: 80000 }), (wb, asOf) => {
        const p = readPlan(wb, asOf);
        expect(Number.isInteger(p.planYearStart)).toBe(true);
        for (const t of [p.actions, p.measures]) {
          if (t === null) continue;
          const s = wb.sheets.filter((x) => x.name === t.layout.sheet)[0];
          expect(s).toBeDefined();
          for (const r of t.rows) expect(r.row).toBeLessThan(s.rows.length);
        }
        for (const f of p.structural) expect(f.message.length).toBeGreaterThan(0);
        relevantSheetNames(wb.sheets.map((s) => s.name), wb.tables);
      }),
      { numRuns: 500 },
    );
  });
});
