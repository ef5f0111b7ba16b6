/** 9.5 Scorecard: every measure by theme, a small chart each with its latest, target, RAG, progress, direction and comparators. */
import type { ScorecardMeasure, ScorecardSection } from '../model';
import { el, escapeHtml, text } from './html';
import { directionBadge, formatMaybe, formatProgress, formatValue, ragBadge, shortMonthYear, trajectoryText } from './format';
import { renderChart } from './chart';
import { comparatorsCell } from './exceptions';

/** The chart key: what each line and mark means (drawn as in the charts, named in words). */
function chartKey(): string {
  const sample = (inner: string): string => '<svg viewBox="0 0 36 14" aria-hidden="true" focusable="false">' + inner + '</svg>';
  const items = [
    sample('<path class="values" d="M2 7H34"/><path class="dots" d="M18 7h0"/>') + 'Monthly value (a gap is a month with no data)',
    sample('<line class="target" x1="2" x2="34" y1="7" y2="7"/>') + 'Target (dashed)',
    sample('<line class="trajectory" x1="2" x2="34" y1="7" y2="7"/>') + 'Trajectory to the target (dotted)',
    sample('<path class="cmp" d="M18 2.5L22.5 10.5L13.5 10.5Z"/>') + 'E: England',
    sample('<rect class="cmp" x="14.5" y="3.5" width="7" height="7"/>') + 'SN: statistical neighbours',
    sample('<path class="cmp hollow" d="M18 2L23 7L18 12L13 7Z"/>') + 'CC: core cities',
  ];
  return el('p', 'class="small"', '<strong>Key to the charts</strong>') + el('ul', 'class="key"', items.map((i) => el('li', '', i)).join(''));
}

function polarityWords(m: ScorecardMeasure): string {
  switch (m.polarity) {
    case 'higher': return 'Higher is better';
    case 'lower': return 'Lower is better';
    case 'band': return 'Close to target is best';
    case 'context': return 'Context only (no RAG)';
    default: return 'Polarity not known';
  }
}

function measureCard(m: ScorecardMeasure, asOfMonth: number, key: string): string {
  const label = m.id + ' ' + m.name;
  // Two facts a row, so two cards with their charts fit one above the other on a page.
  const cell = (label: string, value: string): string => '<th scope="row">' + label + '</th><td>' + value + '</td>';
  const rows: string[] = [
    cell('Latest', escapeHtml(formatMaybe(m.latest, m.unit)) + (m.latestPeriod === null ? '' : ' <span class="small muted">(' + escapeHtml(shortMonthYear(m.latestPeriod)) + ')</span>')) +
      cell('Target', m.target === null ? '<span class="muted">none</span>' : escapeHtml(formatValue(m.target, m.unit))),
    cell('RAG', ragBadge(m.rag)) + cell('Baseline', m.baseline === null ? '<span class="muted">none</span>' : escapeHtml(formatValue(m.baseline, m.unit))),
    cell('Direction', directionBadge(m.direction)) + cell('Progress', escapeHtml(formatProgress(m.progress))),
    '<th scope="row">Trajectory</th><td colspan="3">' + trajectoryText(m.trajectory) + '</td>',
    '<th scope="row">Compared with</th><td colspan="3">' + comparatorsCell(m.comparators, m.unit) + '</td>',
  ];
  const facts =
    '<table class="facts-table"><caption class="visually-hidden">' + text(m.id) + ' at a glance</caption><tbody>' +
    rows.map((r) => '<tr>' + r + '</tr>').join('') +
    '</tbody></table>';
  return el(
    'article',
    'class="card" aria-labelledby="' + key + '-h"',
    el('h4', 'id="' + key + '-h"', text(m.id) + ' ' + text(m.name)) +
      el('p', 'class="small muted"', escapeHtml(polarityWords(m))) +
      renderChart(m.chart, m.unit, asOfMonth, label, key) +
      facts,
  );
}

export function renderScorecard(s: ScorecardSection, asOfMonth: number, heading: string): string {
  const out: string[] = [el('h2', 'id="scorecard"', heading)];
  if (s.themes.length === 0) {
    out.push(el('p', '', 'The plan has no measures.'));
  } else {
    out.push(el('p', '', 'Every measure, by theme, with its monthly values for the plan year. Ratings are words; colours and shapes only help.'));
    out.push(chartKey());
    let n = 0;
    for (const t of s.themes) {
      out.push(el('h3', '', text(t.label)));
      out.push(el('div', 'class="cards"', t.measures.map((m) => measureCard(m, asOfMonth, 'm' + String(++n))).join('\n')));
    }
  }
  return el('section', 'aria-labelledby="scorecard"', out.join('\n'));
}
