/** 9.7 Data quality: the check's findings counted by rule, and up to five of each with their sheet and cell. */
import type { DataQualitySection } from '../model';
import { el, escapeHtml, text } from './html';
import { dataTable } from './table';

export function renderDataQuality(s: DataQualitySection, heading: string): string {
  const out: string[] = [el('h2', 'id="data-quality"', heading)];
  if (s.rules.length === 0) {
    out.push(el('p', '', 'The check found nothing to fix: no errors and no warnings.'));
  } else {
    out.push(
      dataTable(
        'Findings of the check, by rule',
        [{ label: 'What is wrong', cls: 'w-xl' }, { label: 'Severity', cls: 'w-s' }, { label: 'Rule', cls: 'w-m' }, { label: 'Count', cls: 'w-xs num' }],
        s.rules.map((r) => [escapeHtml(r.title), r.severity === 'error' ? '<strong>Error</strong>' : 'Warning', '<code>' + escapeHtml(r.rule) + '</code>', String(r.count)]),
        { rowHeaders: true, cls: '' },
      ),
    );
    for (const r of s.rules) {
      const more = r.count - r.examples.length;
      out.push(el('h3', '', escapeHtml(r.title) + ' <span class="small muted">(' + (r.severity === 'error' ? 'error' : 'warning') + ', ' + String(r.count) + ')</span>'));
      out.push(
        el(
          'ul',
          'class="examples"',
          r.examples.map((e) => el('li', '', '<strong>' + text(e.sheet) + '!' + escapeHtml(e.cell) + '</strong>' + (e.ref === null ? '' : ' (' + text(e.ref) + ')') + ': ' + text(e.message))).join('') +
            (more > 0 ? el('li', 'class="muted"', 'and ' + String(more) + ' more: run the check to see them all.') : ''),
        ),
      );
    }
  }
  return el('section', 'aria-labelledby="data-quality"', out.join('\n'));
}
