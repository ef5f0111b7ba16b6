/** The Actions sheet (contract 1, 2, 4.2 themes). */
import type { ActionRow, ActionsTable, Field, Theme } from '../model';
import type { Grid } from './grid';
import type { HeaderCell } from './header';
import { ACTION_COLUMNS } from './synonyms';
import { layoutOf, readField, walkRows } from './table';
import type { ThemeBook } from './themes';
import { noteTheme, refThemeNumber, themeFromText } from './themes';
import { readText } from '../values/text';
import { readDate } from '../values/dates';
import { readStatus } from '../values/words';

/** Theme of an action: Theme column, else the ref's first number, else the section above (contract 4.2). */
export function actionTheme(
  themeCell: Field<string> | null,
  ref: Field<string> | null,
  sectionTheme: Theme | null,
): { theme: Theme | null; fromSection: boolean } {
  if (themeCell !== null && themeCell.read.kind === 'value') {
    const t = themeFromText(themeCell.read.value);
    if (t !== null) return { theme: t, fromSection: false };
  }
  if (ref !== null && ref.read.kind === 'value') {
    const n = refThemeNumber(ref.read.value);
    if (n !== null) return { theme: { key: n, label: n }, fromSection: false };
  }
  return { theme: sectionTheme, fromSection: true };
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
  const rows: ActionRow[] = [];
  const sections = walkRows(grid, layout, firstCol, c['Ref'] === firstCol, book, (visit) => {
    const r = visit.row;
    const ref = readField(grid, r, c['Ref'], readText);
    const themeCell = readField(grid, r, c['Theme'], readText);
    const resolved = actionTheme(themeCell, ref, visit.sectionTheme);
    // Section themes are already in the book; column and ref themes are noted here.
    const theme = resolved.theme === null || resolved.fromSection ? resolved.theme : noteTheme(book, resolved.theme, false);
    rows.push({
      row: r,
      ref,
      refIsNumber: ref !== null && typeof ref.cell.value === 'number',
      themeCell,
      theme,
      sectionTheme: visit.sectionTheme,
      action: readField(grid, r, c['Action'], readText),
      outcome: readField(grid, r, c['Outcome'], readText),
      measures: readField(grid, r, c['Measures'], readText),
      lead: readField(grid, r, c['Lead'], readText),
      due: readField(grid, r, c['Due'], readDate),
      status: readField(grid, r, c['Status'], readStatus),
      manualRag: readField(grid, r, c['Manual RAG'], readText),
      completed: readField(grid, r, c['Completed'], readDate),
      update: readField(grid, r, c['Update'], readText),
      updated: readField(grid, r, c['Updated'], readDate),
      evidence: readField(grid, r, c['Evidence'], readText),
    });
  });
  return { layout, sections, rows };
}
