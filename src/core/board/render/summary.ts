/** 9.2 Summary by theme: the Roll-up history counts, each with its change since the latest earlier month. */
import type { SummaryRow, SummarySection } from '../model';
import type { RollupCount } from '../../rollup/history';
import { el, escapeHtml, own, text } from './html';
import { formatChange, monthName } from './format';
import type { Column } from './table';
import { dataTable } from './table';

const ACTION_COUNTS: ReadonlyArray<{ readonly field: RollupCount; readonly label: string }> = [
  { field: 'actions', label: 'Actions' },
  { field: 'blue', label: 'Blue' },
  { field: 'green', label: 'Green' },
  { field: 'amber', label: 'Amber' },
  { field: 'red', label: 'Red' },
  { field: 'grey', label: 'Grey' },
  { field: 'unknown', label: 'Un&#173;known' },
  { field: 'overdue', label: 'Over&#173;due' },
];

const MEASURE_COUNTS: ReadonlyArray<{ readonly field: RollupCount; readonly label: string }> = [
  { field: 'measures', label: 'Measures' },
  { field: 'measuresGreen', label: 'Green' },
  { field: 'measuresAmber', label: 'Amber' },
  { field: 'measuresRed', label: 'Red' },
  { field: 'measuresNoData', label: 'No data' },
];

function cell(row: SummaryRow, field: RollupCount): string {
  const n = String(row.counts[field]);
  if (row.changes === null) return n;
  const d = row.changes[field];
  return n + ' <span class="small muted">(' + own(formatChange(d)) + ')</span>';
}

function countsTable(caption: string, rows: ReadonlyArray<SummaryRow>, counts: ReadonlyArray<{ readonly field: RollupCount; readonly label: string }>): string {
  const columns: Column[] = [{ label: 'Theme', cls: 'w-l' }].concat(counts.map((c) => ({ label: c.label, cls: 'num' })));
  return dataTable(caption, columns, rows.map((r) => [text(r.label)].concat(counts.map((c) => cell(r, c.field)))), { rowHeaders: true, cls: '' });
}

export function renderSummary(s: SummarySection, month: number, heading: string): string {
  const out: string[] = [el('h2', 'id="summary"', heading)];
  const since = s.previousMonth === null ? '' : ', with the change since ' + monthName(s.previousMonth) + ' in brackets';
  if (s.previousMonth === null) {
    out.push(el('p', 'class="note"', 'There is no earlier month in Roll-up history, so no changes are shown: this is the first roll-up of the plan.'));
  } else {
    out.push(el('p', '', 'Counts for ' + escapeHtml(monthName(month)) + ', with the change since ' + escapeHtml(monthName(s.previousMonth)) + ' in brackets (+ more, &#8722; fewer).'));
  }
  out.push(el('p', 'class="small"', 'Blue: complete. Green: on track. Amber: at risk, or not started and due soon (within the amber window). Red: overdue or off track. Grey: deferred. Unknown: no valid due date.'));
  out.push(countsTable('Actions by calculated BRAG, ' + escapeHtml(monthName(month)) + escapeHtml(since), s.rows, ACTION_COUNTS));
  out.push(countsTable('Measures by RAG, ' + escapeHtml(monthName(month)) + escapeHtml(since), s.rows, MEASURE_COUNTS));
  return el('section', 'aria-labelledby="summary"', out.join('\n'));
}
