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
  const head = el('tr', '', columns.map((c) => el('th', 'scope="col"' + (c.cls === '' ? '' : ' class="' + c.cls + '"'), c.label)).join(''));
  // Each column's cell tags, worked out once (a large plan's tables have thousands of rows).
  // Body cells carry only the alignment: widths come from the header row.
  const opens: string[] = [];
  const closes: string[] = [];
  columns.forEach((c, i) => {
    const tag = i === 0 && options.rowHeaders ? 'th' : 'td';
    const attrs = (tag === 'th' ? ' scope="row"' : '') + (/(^| )num\b/.test(c.cls) ? ' class="num"' : '');
    opens.push('<' + tag + attrs + '>');
    closes.push('</' + tag + '>');
  });
  const body: string[] = [];
  for (const r of rows) {
    let row = '<tr>';
    for (let i = 0; i < r.length; i++) row += (i < opens.length ? opens[i] : '<td>') + r[i] + (i < closes.length ? closes[i] : '</td>');
    body.push(row + '</tr>');
  }
  return el('table', options.cls === '' ? '' : 'class="' + options.cls + '"', el('caption', '', caption) + el('thead', '', head) + '\n' + el('tbody', '', body.join('\n'))) + '\n';
}
