/**
 * A simple read-only grid of the preview workbook's current sheet: sheet
 * tabs, column letters and row numbers, cells as text (textContent), the
 * selected cell highlighted and scrolled into view, marked cells outlined.
 */
import { a1, columnLetters, parseA1 } from '../core/address';
import { h, replaceChildren } from '../taskpane/dom';
import type { PreviewHost } from './preview-host';

const MAX_ROWS = 400;
const MAX_COLS = 40;
const MIN_ROWS = 30;
const MIN_COLS = 10;

export function renderGrid(container: HTMLElement, host: PreviewHost): void {
  const state = host.state();
  const tabs = h(
    'div',
    { class: 'sheet-tabs', role: 'group', 'aria-label': 'Sheets' },
    state.sheets.map((ws) => {
      const on = ws.name === state.activeSheet;
      const b = h('button', { type: 'button', class: 'sheet-tab' + (on ? ' on' : ''), 'aria-pressed': on ? 'true' : 'false', 'data-sheet': ws.name }, [ws.name]);
      b.addEventListener('click', () => host.activate(ws.name));
      return b;
    }),
  );
  const sheet = state.sheets.find((s) => s.name === state.activeSheet) ?? null;
  const selected = state.selection !== null && state.selection.sheet === state.activeSheet ? parseA1(state.selection.address) : null;
  const marks = state.marks.get(state.activeSheet);
  let rows = sheet === null ? 0 : sheet.rows.length;
  let cols = 0;
  if (sheet !== null) for (const r of sheet.rows) cols = Math.max(cols, r.length);
  if (selected !== null) {
    rows = Math.max(rows, selected.row + 1);
    cols = Math.max(cols, selected.col + 1);
  }
  rows = Math.min(Math.max(rows + 2, MIN_ROWS), MAX_ROWS);
  cols = Math.min(Math.max(cols + 1, MIN_COLS), MAX_COLS);

  const head = h('tr', {}, [h('th', { class: 'corner', scope: 'col' }, [h('span', { class: 'sr-only' }, ['Row'])])]);
  for (let c = 0; c < cols; c++) head.appendChild(h('th', { scope: 'col', class: selected !== null && selected.col === c ? 'hl' : '' }, [columnLetters(c)]));
  const body = h('tbody');
  let selectedCell: HTMLElement | null = null;
  for (let r = 0; r < rows; r++) {
    const tr = h('tr', {}, [h('th', { scope: 'row', class: selected !== null && selected.row === r ? 'hl' : '' }, [String(r + 1)])]);
    const cells = sheet !== null && sheet.rows[r] !== undefined ? sheet.rows[r] : [];
    for (let c = 0; c < cols; c++) {
      const address = a1(r, c);
      const cell = cells[c];
      const text = cell === undefined ? '' : cell.text !== '' ? cell.text : cell.value === null ? '' : typeof cell.value === 'object' ? cell.value.error : String(cell.value);
      const mark = marks !== undefined ? marks.get(address) : undefined;
      const isSelected = selected !== null && selected.row === r && selected.col === c;
      const cls = ['cell'];
      if (typeof (cell === undefined ? null : cell.value) === 'number') cls.push('num');
      if (mark !== undefined) cls.push('mark-' + mark);
      if (isSelected) cls.push('selected');
      const td = h('td', { class: cls.join(' '), 'data-address': address, 'aria-current': isSelected ? 'true' : null, title: text.length > 30 ? text : null }, [text]);
      if (isSelected) selectedCell = td;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  const nameBox = h('div', { class: 'name-box', id: 'name-box', 'aria-label': 'Selected cell' }, [
    state.selection !== null ? state.selection.sheet + '!' + state.selection.address : 'No cell selected',
  ]);
  const table = h('table', { class: 'sheet-grid', 'data-sheet': state.activeSheet, 'aria-label': 'Sheet ' + state.activeSheet }, [h('thead', {}, [head]), body]);
  const scroller = h('div', { class: 'grid-scroll', tabindex: 0, role: 'region', 'aria-label': 'Cells of ' + state.activeSheet }, [table]);
  replaceChildren(container, [nameBox, scroller, tabs]);
  if (selectedCell !== null) (selectedCell as HTMLElement).scrollIntoView({ block: 'center', inline: 'center' });
}
