/** 9.1 Cover: title, month, as-of date and the date made; DRAFT with the error rules, or that the plan passed the check. */
import type { BoardPack } from '../model';
import { describeAsOfSource } from '../../as-of';
import { plural } from '../../text';
import { el, escapeHtml, text } from './html';
import { monthName, ukDate } from './format';
import { dataTable } from './table';

/** The sections after the cover, in contract order: id and heading. */
export const SECTIONS: ReadonlyArray<{ readonly id: string; readonly title: string }> = [
  { id: 'summary', title: 'Summary by theme' },
  { id: 'exceptions', title: 'Exceptions' },
  { id: 'moved', title: 'What moved' },
  { id: 'scorecard', title: 'Scorecard' },
  { id: 'leads', title: 'By lead officer' },
  { id: 'data-quality', title: 'Data quality' },
];

export function renderCover(pack: BoardPack): string {
  const c = pack.cover;
  const out: string[] = [];
  out.push(el('h1', 'id="top"', text(pack.title)));
  out.push(el('p', 'class="lede"', 'Improvement Board pack for ' + escapeHtml(monthName(pack.month))));
  out.push(
    el(
      'dl',
      'class="facts"',
      el('dt', '', 'Month') + el('dd', '', escapeHtml(monthName(pack.month))) +
        el('dt', '', 'As of') + el('dd', '', escapeHtml(ukDate(pack.asOf.date)) + ' <span class="muted">(from ' + text(describeAsOfSource(pack.asOf.source)) + ')</span>') +
        el('dt', '', 'Made on') + el('dd', '', escapeHtml(ukDate(pack.madeOn))),
    ),
  );
  if (c.draft !== null) {
    out.push(el('p', 'class="draft"', escapeHtml(c.draft) + '. Fix them and make the pack again before it goes to the Board.'));
    if (c.errorRules.length > 0) {
      out.push(
        dataTable(
          'Errors found by the check',
          [{ label: 'What is wrong', cls: 'w-xl' }, { label: 'Rule', cls: 'w-m' }, { label: 'Errors', cls: 'w-xs num' }],
          c.errorRules.map((r) => [escapeHtml(r.title), '<code>' + escapeHtml(r.rule) + '</code>', String(r.count)]),
          { rowHeaders: true, cls: '' },
        ),
      );
    }
    if (c.warnings > 0) out.push(el('p', '', 'The check also found ' + plural(c.warnings, 'warning') + ', which do not block the pack (see Data quality).'));
  } else {
    out.push(el('p', 'class="passed"', 'The plan passed the check: no errors' + (c.warnings > 0 ? ', ' + plural(c.warnings, 'warning') + ' (see Data quality)' : '') + '.'));
  }
  out.push(
    el('nav', 'class="contents" aria-labelledby="contents-h"', el('h2', 'id="contents-h"', 'Contents') + el('ol', '', SECTIONS.map((s) => el('li', '', '<a href="#' + s.id + '">' + s.title + '</a>')).join(''))),
  );
  return el('section', 'class="cover" aria-labelledby="top"', out.join('\n'));
}
