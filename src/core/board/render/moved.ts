/** 9.4 What moved: every action and measure whose RAG differs from last month's row in RAG history, as `Amber -> Red`; new items listed as new. */
import type { MovedSection } from '../model';
import { el, escapeHtml, text } from './html';
import { monthName, ragBadge, themeWord } from './format';
import { dataTable } from './table';

export function renderMoved(s: MovedSection, month: number, heading: string): string {
  const out: string[] = [el('h2', 'id="moved"', heading)];
  if (s.previousMonth === null) {
    out.push(el('p', 'class="note"', 'There is no earlier month in RAG history to compare with, so nothing can be said to have moved. From next month this section lists every change.'));
  } else if (s.items.length === 0) {
    out.push(el('p', '', 'Nothing moved between ' + escapeHtml(monthName(s.previousMonth)) + ' and ' + escapeHtml(monthName(month)) + ': every action and measure has the same RAG as last month.'));
  } else {
    const news = s.items.filter((i) => i.from === null).length;
    out.push(
      el(
        'p',
        '',
        String(s.items.length - news) + ' changed RAG since ' + escapeHtml(monthName(s.previousMonth)) + (news > 0 ? ', and ' + String(news) + ' ' + (news === 1 ? 'is' : 'are') + ' new (no row last month)' : '') + '.',
      ),
    );
    out.push(
      dataTable(
        'What moved since ' + escapeHtml(monthName(s.previousMonth)),
        [
          { label: 'Ref', cls: 'w-xs' },
          { label: 'Type', cls: 'w-xs' },
          { label: 'Action or measure', cls: 'w-l' },
          { label: 'Theme', cls: 'w-s' },
          { label: 'Change', cls: 'w-m' },
        ],
        s.items.map((i) => [
          text(i.ref),
          escapeHtml(i.type),
          text(i.name),
          i.theme === null ? '<span class="muted">none</span>' : text(themeWord(i.theme)),
          (i.from === null ? ragBadge('New') : ragBadge(i.from)) + ' <span aria-hidden="true">&#8594;</span><span class="visually-hidden">to</span> ' + ragBadge(i.to),
        ]),
        { rowHeaders: true, cls: '' },
      ),
    );
  }
  return el('section', 'aria-labelledby="moved"', out.join('\n'));
}
