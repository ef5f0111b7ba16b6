/** 9.6 By lead officer: each lead's open actions, overdue and stale updates first. */
import type { LeadsSection } from '../model';
import { el, escapeHtml, text } from './html';
import { ragBadge, ukDate } from './format';
import { dueCell } from './exceptions';
import { dataTable } from './table';

export function renderLeads(s: LeadsSection, heading: string): string {
  const out: string[] = [el('h2', 'id="leads"', heading)];
  if (s.leads.length === 0) {
    out.push(el('p', '', 'No lead officer has an open action.'));
  } else {
    out.push(el('p', '', 'Open actions (not Blue or Grey) for each lead officer: overdue first, then those whose update is out of date.'));
    for (const g of s.leads) {
      out.push(el('h3', '', text(g.lead === '' ? 'No lead officer named' : g.lead)));
      out.push(
        dataTable(
          'Open actions led by ' + text(g.lead === '' ? 'nobody named' : g.lead),
          [
            { label: 'Ref', cls: 'w-xs' },
            { label: 'Action', cls: 'w-xl' },
            { label: 'Due', cls: 'w-s' },
            { label: 'BRAG', cls: 'w-s' },
            { label: 'Days overdue', cls: 'w-xs num' },
            { label: 'Last update', cls: '' },
          ],
          g.actions.map((a) => [
            text(a.ref),
            text(a.action),
            dueCell(a.due, a.dueText),
            ragBadge(a.rag),
            String(a.daysOverdue),
            (a.updated === null ? '<span class="muted">no date</span>' : escapeHtml(ukDate(a.updated))) + (a.stale ? ' <span class="stale">(out of date)</span>' : ''),
          ]),
          { rowHeaders: true, cls: '' },
        ),
      );
    }
  }
  return el('section', 'aria-labelledby="leads"', out.join('\n'));
}
