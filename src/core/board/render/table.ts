/** One accessible table: a caption, column headers with `scope`, a header per row where asked; `thead` repeats on every printed page. */
import { el } from './html';

export interface Column {
  /** Header text (plain, ours). */
  readonly label: string;
  /** Class for the column header (widths: the table layout is fixed, so the header row sets them) and alignment. */
  readonly cls: string;
}

export interface TableOptions {
  /** The first cell of each row is the row's header (`<th scope="row">`). */
  readonly rowHeaders: boolean;
  readonly cls: string;
}

/** `caption` and cells are HTML already (escape workbook text before). */
export function dataTable(caption: string, columns: ReadonlyArray<Column>, rows: ReadonlyArray<ReadonlyArray<string>>, options: TableOptions): string {
  const cls = (c: Column): string => (c.cls === '' ? '' : 'class="' + c.cls + '"');
  const head = el('tr', '', columns.map((c) => el('th', 'scope="col"' + (c.cls === '' ? '' : ' ' + cls(c)), c.label)).join(''));
  const body = rows
    .map((r) =>
      el(
        'tr',
        '',
        r
          .map((cell, i) => {
            // Body cells carry only the alignment: widths come from the header row.
            const c = columns[i];
            const attrs = c !== undefined && / ?num\b/.test(c.cls) ? 'class="num"' : '';
            return i === 0 && options.rowHeaders ? el('th', 'scope="row"' + (attrs === '' ? '' : ' ' + attrs), cell) : el('td', attrs, cell);
          })
          .join(''),
      ),
    )
    .join('\n');
  return el('table', options.cls === '' ? '' : 'class="' + options.cls + '"', el('caption', '', caption) + el('thead', '', head) + '\n' + el('tbody', '', body)) + '\n';
}
