/** The Actions sheet (contract 1, 2, 4.2 themes). */
import type { ActionRow, ActionsTable, Field, Theme } from '../model';
import type { Grid } from './grid';
import type { HeaderCell } from './header';
import { ACTION_COLUMNS } from './synonyms';
import { layoutOf, readField, rowCells, walkRows } from './table';
import type { ThemeBook } from './themes';
import { noteCellTheme, noteRefTheme, refThemeNumber } from './themes';
import { readText } from '../values/text';
import { readDate } from '../values/dates';
import { readStatus } from '../values/words';

/**
 * Theme of an action: Theme column, else the ref's first number, else the
 * section above (contract 4.2). Column and ref themes are noted in the book
 * here (section themes are in it already).
 */
function notedActionTheme(
  book: ThemeBook,
  themeCell: Field<string> | null,
  ref: Field<string> | null,
  sectionTheme: Theme | null,
): Theme | null {
  if (themeCell !== null && themeCell.read.kind === 'value') {
    const t = noteCellTheme(book, themeCell.read.value);
    if (t !== null) return t;
  }
  if (ref !== null && ref.read.kind === 'value') {
    const n = refThemeNumber(ref.read.value);
    if (n !== null) return noteRefTheme(book, n);
  }
  return sectionTheme;
}

export function readActions(
  grid: Grid,
  headerRow: number,
  cells: ReadonlyArray<HeaderCell>,
  planYearStart: number,
  book: ThemeBook,
): ActionsTable {
  const layout = layoutOf(grid, headerRow, cells, ACTION_COLUMNS, planYearStart);
  const c = layout.columns;
  const firstCol = cells.length > 0 ? cells[0].col : grid.region.left;
  const refCol = c['Ref'];
  const themeCol = c['Theme'];
  const actionCol = c['Action'];
  const outcomeCol = c['Outcome'];
  const measuresCol = c['Measures'];
  const leadCol = c['Lead'];
  const dueCol = c['Due'];
  const statusCol = c['Status'];
  const ragCol = c['Manual RAG'];
  const completedCol = c['Completed'];
  const updateCol = c['Update'];
  const updatedCol = c['Updated'];
  const evidenceCol = c['Evidence'];
  const rows: ActionRow[] = [];
  const sections = walkRows(grid, layout, firstCol, refCol === firstCol, book, (r, sectionTheme) => {
    const at = String(r + 1);
    const stored = rowCells(grid, r);
    const ref = readField(grid, r, at, stored, refCol, readText);
    const themeCell = readField(grid, r, at, stored, themeCol, readText);
    rows.push({
      row: r,
      ref,
      refIsNumber: ref !== null && typeof ref.cell.value === 'number',
      themeCell,
      theme: notedActionTheme(book, themeCell, ref, sectionTheme),
      sectionTheme,
      action: readField(grid, r, at, stored, actionCol, readText),
      outcome: readField(grid, r, at, stored, outcomeCol, readText),
      measures: readField(grid, r, at, stored, measuresCol, readText),
      lead: readField(grid, r, at, stored, leadCol, readText),
      due: readField(grid, r, at, stored, dueCol, readDate),
      status: readField(grid, r, at, stored, statusCol, readStatus),
      manualRag: readField(grid, r, at, stored, ragCol, readText),
      completed: readField(grid, r, at, stored, completedCol, readDate),
      update: readField(grid, r, at, stored, updateCol, readText),
      updated: readField(grid, r, at, stored, updatedCol, readDate),
      evidence: readField(grid, r, at, stored, evidenceCol, readText),
    });
  });
  return { layout, sections, rows };
}
