/**
 * Everything a run writes (contract 5): the owned columns on the Actions and
 * Measures sheets, and the `Monthly roll-up`, `Roll-up history` and `RAG history` sheets.
 * Nothing else is ever in the plan.
 */
import type { ActionResult, Analysis, MeasureResult } from '../model';
import type { ColumnWrite, SheetWrite, WritePlan } from '../writes';
import { PERCENT_FORMAT } from '../writes';
import type { Finding } from '../findings';
import type { WorkbookSnapshot } from '../snapshot';
import { monthOfYearMonth, serialFromYmd, yearOfYearMonth } from '../calendar';
import { round10 } from '../measures';
import { findingsByRow, shortCheckText } from '../check';
import {
  buildRollupSheet, historySheet, ownedSheetName, readHistory, upsertHistory, HISTORY_SHEET, ROLLUP_SHEET,
  ragHistoryRows, ragHistorySheet, readRagHistory, RAG_HISTORY_SHEET,
} from '../rollup';
import { ownedColumnWrites } from './owned-columns';
import type { OwnedCell, OwnedColumnSpec } from './owned-columns';
import { sheetNamed } from '../snapshot';

export interface WriteOptions {
  /** Write the owned columns on the Actions and Measures sheets. */
  readonly columns: boolean;
  /** Rebuild `Monthly roll-up`, `Roll-up history` and `RAG history`. */
  readonly rollup: boolean;
}

export const OWNED_ACTION_COLUMNS: ReadonlyArray<string> = ['Calculated RAG', 'Days overdue', 'Check'];
export const OWNED_MEASURE_COLUMNS: ReadonlyArray<string> = ['Latest', 'Latest period', 'Progress to target', 'Calculated RAG', 'Trajectory', 'Direction of travel'];

const EMPTY: OwnedCell = { value: null, format: null };

function byRow<T extends { readonly row: number }>(items: ReadonlyArray<T>): Record<number, T> {
  const out: Record<number, T> = {};
  for (const x of items) if (out[x.row] === undefined) out[x.row] = x;
  return out;
}

function actionSpecs(results: Record<number, ActionResult>, findings: Map<number, Finding[]>, isActionRow: (row: number) => boolean): OwnedColumnSpec[] {
  const cell = (row: number, f: (a: ActionResult) => OwnedCell): OwnedCell => {
    const a = results[row];
    return a === undefined ? EMPTY : f(a);
  };
  return [
    { header: 'Calculated RAG', numberFormat: null, rag: true, cellFor: (row) => cell(row, (a) => ({ value: a.rag, format: null })) },
    { header: 'Days overdue', numberFormat: '0', rag: false, cellFor: (row) => cell(row, (a) => ({ value: a.daysOverdue, format: null })) },
    {
      header: 'Check',
      numberFormat: null,
      rag: false,
      cellFor: (row) => {
        const fs = findings.get(row);
        if (!isActionRow(row) && fs === undefined) return EMPTY;
        const text = shortCheckText(fs === undefined ? [] : fs);
        return { value: text === '' ? null : text, format: null };
      },
    },
  ];
}

function measureSpecs(results: Record<number, MeasureResult>): OwnedColumnSpec[] {
  const cell = (row: number, f: (m: MeasureResult) => OwnedCell): OwnedCell => {
    const m = results[row];
    return m === undefined ? EMPTY : f(m);
  };
  return [
    {
      header: 'Latest',
      numberFormat: 'General',
      rag: false,
      // `%` rows keep fractions shown as `0.0%`; other rows show the number as it is.
      cellFor: (row) => cell(row, (m) => ({ value: m.latest === null ? null : round10(m.latest), format: m.unit === 'percent' ? PERCENT_FORMAT : 'General' })),
    },
    {
      header: 'Latest period',
      numberFormat: 'mmm yyyy',
      rag: false,
      // A real date (the 1st of the month, as Excel stores a typed `Sep 2016`).
      cellFor: (row) => cell(row, (m) => ({
        value: m.latestPeriod === null ? null : serialFromYmd(yearOfYearMonth(m.latestPeriod), monthOfYearMonth(m.latestPeriod), 1),
        format: null,
      })),
    },
    { header: 'Progress to target', numberFormat: '0%', rag: false, cellFor: (row) => cell(row, (m) => ({ value: m.progress === null ? null : round10(m.progress), format: null })) },
    { header: 'Calculated RAG', numberFormat: null, rag: true, cellFor: (row) => cell(row, (m) => ({ value: m.rag, format: null })) },
    { header: 'Trajectory', numberFormat: null, rag: false, cellFor: (row) => cell(row, (m) => ({ value: m.trajectory, format: null })) },
    { header: 'Direction of travel', numberFormat: null, rag: false, cellFor: (row) => cell(row, (m) => ({ value: m.direction, format: null })) },
  ];
}

/** The owned column writes for the Actions and Measures tables that were found. */
export function ownedColumns(analysis: Analysis, snapshot: WorkbookSnapshot): ColumnWrite[] {
  const out: ColumnWrite[] = [];
  const actions = analysis.plan.actions;
  if (actions !== null) {
    const sheet = sheetNamed(snapshot, actions.layout.sheet);
    if (sheet !== null) {
      const actionRows: Record<number, boolean> = {};
      for (const r of actions.rows) actionRows[r.row] = true;
      const specs = actionSpecs(byRow(analysis.actions), findingsByRow(analysis.findings, actions.layout.sheet), (row) => actionRows[row] === true);
      for (const c of ownedColumnWrites(sheet, actions.layout, specs)) out.push(c);
    }
  }
  const measures = analysis.plan.measures;
  if (measures !== null) {
    const sheet = sheetNamed(snapshot, measures.layout.sheet);
    if (sheet !== null) for (const c of ownedColumnWrites(sheet, measures.layout, measureSpecs(byRow(analysis.measures)))) out.push(c);
  }
  return out;
}

/** `Monthly roll-up`, `Roll-up history` and `RAG history` for the analysis's month, history kept for every other month. */
export function rollupSheets(analysis: Analysis, snapshot: WorkbookSnapshot): SheetWrite[] {
  const history = readHistory(snapshot);
  return [
    buildRollupSheet(analysis, history, ownedSheetName(snapshot, ROLLUP_SHEET)),
    historySheet(upsertHistory(history, analysis.rollup), ownedSheetName(snapshot, HISTORY_SHEET)),
    ragHistorySheet(
      upsertHistory(readRagHistory(snapshot), ragHistoryRows(analysis)),
      ownedSheetName(snapshot, RAG_HISTORY_SHEET),
      analysis.measures.filter((m) => m.unit === 'percent').map((m) => m.id),
    ),
  ];
}

export function buildWritePlan(analysis: Analysis, snapshot: WorkbookSnapshot, options: WriteOptions): WritePlan {
  return {
    columns: options.columns ? ownedColumns(analysis, snapshot) : [],
    sheets: options.rollup ? rollupSheets(analysis, snapshot) : [],
    cells: [],
  };
}
