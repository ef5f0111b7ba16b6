import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, CellValue } from '../../../src/core/snapshot';
import {
  isNoDataMarker,
  parseManualRag,
  parseMonthHeader,
  parseNumberText,
  parsePolarity,
  parseStatus,
  parseToleranceType,
  parseUkDateText,
  parseUnit,
  readDate,
  readNumber,
  readStatus,
  readText,
} from '../../../src/core/values';

const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '') }),
  fc.constantFrom('58%', 'Q3 2016/17', '31/02/2016', 'Apr-16', ' c ', '£1,200', '%', '..', '\u2191'),
);

const anyCell: fc.Arbitrary<Cell> = fc.record({
  value: anyValue,
  text: fc.oneof(fc.string(), fc.constant('')),
  format: fc.oneof(fc.string(), fc.constantFrom('General', '0%', '"%"0', 'dd/mm/yyyy', '')),
});

describe('value readers never throw', () => {
  it('cell readers give a Read for any cell', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const r of [readDate(cell), readNumber(cell), readText(cell), readStatus(cell)]) {
          expect(['blank', 'value', 'no-data', 'invalid', 'error']).toContain(r.kind);
        }
        parseMonthHeader(cell);
      }),
      { numRuns: 2000 },
    );
  });

  it('text parsers give a value or null for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
        parseUkDateText(s);
        parseNumberText(s);
        isNoDataMarker(s);
        parseStatus(s);
        parsePolarity(s);
        parseUnit(s);
        parseToleranceType(s);
        parseManualRag(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('a read date is always a whole, positive serial', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const r = readDate(cell);
        if (r.kind === 'value') {
          expect(Number.isInteger(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a read number is always finite', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const r = readNumber(cell);
        if (r.kind === 'value') expect(Number.isFinite(r.value.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('UK dates written dd/mm/yyyy read back to the same day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true }), (d) => {
        const dd = String(d.getUTCDate()).padStart(2, '0');
        const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
        const text = dd + '/' + mm + '/' + String(d.getUTCFullYear());
        const iso = String(d.getUTCFullYear()) + '-' + mm + '-' + dd;
        expect(parseUkDateText(text)).toBe(parseUkDateText(iso));
        expect(parseUkDateText(text)).not.toBeNull();
      }),
    );
  });
});
