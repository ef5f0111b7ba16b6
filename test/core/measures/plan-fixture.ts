/** Hand-built Plan pieces for evaluate tests (independent of the reader). */
import { makeCell } from '../../../src/core/snapshot';
import type { ActionRow, Field, MeasureRow, Plan, RawNumber, Read, Settings } from '../../../src/core/model';
import type { YearMonth } from '../../../src/core/calendar';

export function field<T>(read: Read<T>): Field<T> {
  return { row: 0, col: 0, cell: makeCell(null), read };
}
export function val<T>(value: T): Field<T> {
  return field<T>({ kind: 'value', value });
}
export const blank = <T>(): Field<T> => field<T>({ kind: 'blank' });
export function num(value: number, percentMarked = false): Field<RawNumber> {
  return val<RawNumber>({ value, percentMarked, fromText: false });
}

export const SETTINGS: Settings = { planYear: null, defaultTolerance: null, amberWindow: null, asOf: null, planName: null, sheet: null, cells: {} };

export function measureRow(overrides: Partial<MeasureRow>): MeasureRow {
  return {
    row: 5,
    id: val('M1'),
    idIsNumber: false,
    name: val('Measure'),
    themeCell: null,
    theme: { key: '1', label: '1' },
    unitCell: null,
    unit: 'number',
    polarity: val('higher'),
    baseline: null,
    target: null,
    tolerance: null,
    toleranceType: null,
    floor: null,
    england: null,
    statNeighbours: null,
    coreCities: null,
    months: [],
    ...overrides,
  };
}

export function actionRow(overrides: Partial<ActionRow>): ActionRow {
  return {
    row: 5,
    ref: val('1.1'),
    refIsNumber: false,
    themeCell: null,
    theme: { key: '1', label: '1' },
    sectionTheme: null,
    action: null,
    outcome: null,
    measures: null,
    lead: null,
    due: null,
    status: null,
    manualRag: null,
    completed: null,
    update: null,
    updated: null,
    evidence: null,
    ...overrides,
  };
}

const LAYOUT = { sheet: 'S', headerRow: 0, columns: {}, headersSeen: [], lastCol: 0, lastRow: 0 };

export function planOf(input: {
  asOf: number;
  planYearStart: number;
  months?: ReadonlyArray<YearMonth>;
  measures?: ReadonlyArray<MeasureRow>;
  actions?: ReadonlyArray<ActionRow>;
  settings?: Partial<Settings>;
}): Plan {
  const months = input.months !== undefined ? input.months : [];
  return {
    asOf: input.asOf,
    planYearStart: input.planYearStart,
    actions: input.actions === undefined ? null : { layout: LAYOUT, sections: [], rows: input.actions },
    measures: input.measures === undefined
      ? null
      : {
          layout: LAYOUT,
          sections: [],
          monthColumns: months.map((month, i) => ({ col: 10 + i, month, address: 'A1' })),
          rows: input.measures,
        },
    officers: null,
    settings: { ...SETTINGS, ...input.settings },
    structural: [],
  };
}
