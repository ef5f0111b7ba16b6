/** readPlan: a workbook snapshot to the Plan every calculation and rule works on (contract 1 to 3.2, 4.1). */
import type { ActionsTable, MeasuresTable, Plan } from '../model';
import type { Finding } from '../findings';
import type { WorkbookSnapshot } from '../snapshot';
import type { Serial } from '../calendar';
import { a1 } from '../address';
import { financialYearStartOf, yearOfYearMonth } from '../calendar';
import { ACTION_COLUMNS, MEASURE_COLUMNS } from './synonyms';
import type { ColumnSpec } from './synonyms';
import type { Located } from './table';
import type { HeaderCell } from './header';
import { locateTable, regionOrigin } from './table';
import { readActions } from './actions';
import type { MonthHeaderCell } from './measures';
import { monthHeaderCells, readMeasures } from './measures';
import { readSettings } from './settings';
import { readOfficers } from './officers';
import { missingColumns, noHeaderRow, sheetMissing } from './structural';
import { newThemeBook } from './themes';

/**
 * The plan year (3.1): the `Plan year` setting, else the April-to-March year
 * of the earliest dated month column, else the one containing the as-of date.
 */
export function planYearStartFor(settingYear: number | null, months: ReadonlyArray<MonthHeaderCell>, asOf: Serial): number {
  if (settingYear !== null) return settingYear;
  let earliest: number | null = null;
  for (const m of months) {
    if (m.header.kind === 'dated' && (earliest === null || m.header.month < earliest)) earliest = m.header.month;
  }
  if (earliest !== null) {
    const monthOfYear = (earliest % 12) + 1;
    const year = yearOfYearMonth(earliest);
    return monthOfYear >= 4 ? year : year - 1;
  }
  return financialYearStartOf(asOf);
}

/** Structural findings for a located table; the header row and its cells when it has one. */
function headerOf(
  located: Located,
  specs: ReadonlyArray<ColumnSpec>,
  structural: Finding[],
): { row: number; cells: ReadonlyArray<HeaderCell> } | null {
  const h = located.header;
  const sheet = located.grid.region.sheet.name;
  if (h.kind === 'not-found') {
    structural.push(noHeaderRow(sheet, regionOrigin(located.grid.region), specs, h.seen));
    return null;
  }
  return { row: h.row, cells: h.cells };
}

export function readPlan(snapshot: WorkbookSnapshot, asOf: Serial): Plan {
  const missing: Finding[] = [];
  const actionFindings: Finding[] = [];
  const measureFindings: Finding[] = [];
  const settings = readSettings(snapshot);
  const officers = readOfficers(snapshot);
  const book = newThemeBook();

  const measuresAt = locateTable(snapshot, 'measures', MEASURE_COLUMNS);
  const measuresHeader = measuresAt === null ? null : headerOf(measuresAt, MEASURE_COLUMNS, measureFindings);
  const months =
    measuresAt !== null && measuresHeader !== null ? monthHeaderCells(measuresAt.grid, measuresHeader.row, measuresHeader.cells) : [];
  const planYearStart = planYearStartFor(settings.planYear, months, asOf);

  let actions: ActionsTable | null = null;
  const actionsAt = locateTable(snapshot, 'actions', ACTION_COLUMNS);
  if (actionsAt === null) {
    missing.push(sheetMissing(snapshot, 'actions'));
  } else {
    const h = headerOf(actionsAt, ACTION_COLUMNS, actionFindings);
    if (h !== null) {
      actions = readActions(actionsAt.grid, h.row, h.cells, planYearStart, book);
      const origin = a1(h.row, h.cells.length > 0 ? h.cells[0].col : actionsAt.grid.region.left);
      actionFindings.push(...missingColumns(actions.layout.sheet, origin, h.row, ACTION_COLUMNS, actions.layout.columns, actions.layout.headersSeen));
    }
  }

  let measures: MeasuresTable | null = null;
  if (measuresAt === null) {
    missing.push(sheetMissing(snapshot, 'measures'));
  } else if (measuresHeader !== null) {
    measures = readMeasures(measuresAt.grid, measuresHeader.row, measuresHeader.cells, months, planYearStart, book);
    const origin = a1(measuresHeader.row, measuresHeader.cells.length > 0 ? measuresHeader.cells[0].col : measuresAt.grid.region.left);
    measureFindings.push(
      ...missingColumns(measures.layout.sheet, origin, measuresHeader.row, MEASURE_COLUMNS, measures.layout.columns, measures.layout.headersSeen),
    );
  }

  return {
    asOf,
    planYearStart,
    actions,
    measures,
    officers,
    settings,
    structural: missing.concat(actionFindings, measureFindings),
  };
}
