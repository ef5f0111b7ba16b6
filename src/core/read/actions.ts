/** The Actions sheet (contract 1, 2, 4.2 themes). */
import type { ActionRow, ActionsTable, Field, Theme } from '../model';
import type { Grid } from './grid';
import type { HeaderCell } from './header';
import { ACTION_COLUMNS } from './synonyms';
import { columnReader, layoutOf, nextDataRow, readField, rowCells, startWalk } from './table';
import type { ThemeBook } from './themes';
import { noteCellTheme, noteRefTheme, refThemeNumber } from './themes';
import { readText, sharedTextReader } from '../values/text';
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
  // Refs, actions and outcomes are one per row: read as they are. Texts that repeat
  // down a column (themes, measure lists, leads, RAGs, stock updates) share their Reads.
  const refColumn = columnReader(c['Ref'], readText);
  const themeColumn = columnReader(c['Theme'], sharedTextReader());
  const actionColumn = columnReader(c['Action'], readText);
  const outcomeColumn = columnReader(c['Outcome'], readText);
  const measuresColumn = columnReader(c['Measures'], sharedTextReader());
  const leadColumn = columnReader(c['Lead'], sharedTextReader());
  const dueColumn = columnReader(c['Due'], readDate);
  const statusColumn = columnReader(c['Status'], readStatus);
  const ragColumn = columnReader(c['Manual RAG'], sharedTextReader());
  const completedColumn = columnReader(c['Completed'], readDate);
  const updateColumn = columnReader(c['Update'], sharedTextReader());
  const updatedColumn = columnReader(c['Updated'], readDate);
  const evidenceColumn = columnReader(c['Evidence'], sharedTextReader());
  const rows: ActionRow[] = [];
  const walk = startWalk(grid, layout, firstCol, c['Ref'] === firstCol, book);
  while (nextDataRow(walk)) {
    const r = walk.row;
    const sectionTheme = walk.sectionTheme;
    const stored = rowCells(grid, r);
    const ref = readField(r, stored, refColumn);
    const themeCell = readField(r, stored, themeColumn);
    rows.push({
      row: r,
      ref,
      refIsNumber: ref !== null && typeof ref.cell.value === 'number',
      themeCell,
      theme: notedActionTheme(book, themeCell, ref, sectionTheme),
      sectionTheme,
      action: readField(r, stored, actionColumn),
      outcome: readField(r, stored, outcomeColumn),
      measures: readField(r, stored, measuresColumn),
      lead: readField(r, stored, leadColumn),
      due: readField(r, stored, dueColumn),
      status: readField(r, stored, statusColumn),
      manualRag: readField(r, stored, ragColumn),
      completed: readField(r, stored, completedColumn),
      update: readField(r, stored, updateColumn),
      updated: readField(r, stored, updatedColumn),
      evidence: readField(r, stored, evidenceColumn),
    });
  }
  return { layout, sections: walk.sections, rows };
}
