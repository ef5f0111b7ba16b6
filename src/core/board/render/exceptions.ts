/** 9.3 Exceptions: every Red or overdue action, most overdue first; every Red measure. */
import type { ComparatorResult, ExceptionsSection } from '../model';
import type { Unit } from '../../model';
import { el, escapeHtml, own, text } from './html';
import { directionBadge, formatGap, formatMaybe, formatValue, gapWords, monthName, ragBadge, trajectoryText, ukDate, verdictBadge } from './format';
import { dataTable } from './table';

/** The due date as a date, else the cell as typed (`Ongoing`), else a dash. */
export function dueCell(due: number | null, dueText: string): string {
  if (due !== null) return escapeHtml(ukDate(due));
  return dueText.trim() === '' ? '<span class="muted">none</span>' : text(dueText);
}

/** `England 82.0%: − Worse (−20.0 points)`, one per line. */
export function comparatorsCell(comparators: ReadonlyArray<ComparatorResult>, unit: Unit): string {
  if (comparators.length === 0) return '<span class="muted">none</span>';
  return comparators
    .map((c) => c.name + ' ' + own(formatValue(c.value, unit)) + ': ' + verdictBadge(c.verdict) + ' <span class="small">(' + own(formatGap(c.gap, unit)) + ')</span>')
    .join('<br>');
}

export function renderExceptions(s: ExceptionsSection, heading: string): string {
  const out: string[] = [el('h2', 'id="exceptions"', heading)];
  if (s.actions.length === 0) {
    out.push(el('h3', '', 'Actions') + el('p', '', 'No action is Red or overdue.'));
  } else {
    out.push(el('h3', '', 'Actions: ' + String(s.actions.length) + ' Red or overdue'));
    out.push(
      dataTable(
        'Red or overdue actions, most overdue first',
        [
          { label: 'Ref', cls: 'w-xs' },
          { label: 'Action', cls: 'w-l' },
          { label: 'Lead', cls: 'w-s' },
          { label: 'Due', cls: 'w-s' },
          { label: 'Days overdue', cls: 'w-xs num' },
          { label: 'Status and BRAG', cls: 'w-s' },
          { label: 'Latest update', cls: '' },
        ],
        s.actions.map((a) => [
          text(a.ref),
          text(a.action),
          text(a.lead),
          dueCell(a.due, a.dueText),
          String(a.daysOverdue),
          text(a.status) + '<br>' + ragBadge(a.rag),
          a.update === null || a.update.trim() === ''
            ? '<span class="muted">no update</span>'
            : (a.updated === null ? '' : '<span class="small muted">' + escapeHtml(ukDate(a.updated)) + ':</span> ') + text(a.update),
        ]),
        { rowHeaders: true, cls: '' },
      ),
    );
  }
  if (s.measures.length === 0) {
    out.push(el('h3', '', 'Measures') + el('p', '', 'No measure is Red.'));
  } else {
    out.push(el('h3', '', 'Measures: ' + String(s.measures.length) + ' Red'));
    out.push(
      dataTable(
        'Red measures',
        [
          { label: 'ID', cls: 'w-xs' },
          { label: 'Measure', cls: 'w-m' },
          { label: 'Latest', cls: 'w-s num' },
          { label: 'Target', cls: 'w-xs num' },
          { label: 'Gap to target', cls: 'w-s num' },
          { label: 'Trajectory and direction', cls: 'w-s' },
          { label: 'Comparators', cls: '' },
        ],
        s.measures.map((m) => [
          text(m.id),
          text(m.name),
          escapeHtml(formatMaybe(m.latest, m.unit)) + (m.latestPeriod === null ? '' : '<br><span class="small muted">' + escapeHtml(monthName(m.latestPeriod)) + '</span>'),
          escapeHtml(m.target === null ? 'none' : formatValue(m.target, m.unit)),
          m.latest === null || m.target === null ? '<span class="muted">not known</span>' : escapeHtml(gapWords(m.latest, m.target, m.unit)),
          trajectoryText(m.trajectory) + '<br>' + directionBadge(m.direction),
          comparatorsCell(m.comparators, m.unit),
        ]),
        { rowHeaders: true, cls: '' },
      ),
    );
  }
  return el('section', 'aria-labelledby="exceptions"', out.join('\n'));
}
