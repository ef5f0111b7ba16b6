/** 9.5 Scorecard: every measure by theme, a small chart each with its latest, target, RAG, progress, direction and comparators. */
import type { ScorecardMeasure, ScorecardSection } from '../model';
import { el, own, text } from './html';
import { directionBadge, formatMaybe, formatProgress, formatValue, ragBadge, shortMonthYear, trajectoryText } from './format';
import type { ChartFrame } from './chart';
import { chartFrame, drawChart, sameMonths } from './chart';
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

/** One measure's card, pushed onto `out`: heading, polarity, chart and its facts, two to a row (few, long pieces: a large pack has hundreds of cards). */
function measureCard(out: string[], m: ScorecardMeasure, asOfMonth: number, key: string, frame: ChartFrame): void {
  const id = text(m.id);
  out.push('<article class="card" aria-labelledby="', key, '-h"><h4 id="', key, '-h">', id, ' ', text(m.name), '</h4><p class="small muted">', polarityWords(m), '</p>');
  drawChart(out, m.chart, m.unit, asOfMonth, m.id + ' ' + m.name, key, frame);
  out.push(
    '<table><caption class="visually-hidden">', id, ' at a glance</caption><tbody><tr><th scope="row">Latest</th><td>',
    own(formatMaybe(m.latest, m.unit)),
    m.latestPeriod === null ? '' : ' <span class="small muted">(' + shortMonthYear(m.latestPeriod) + ')</span>',
    '</td><th scope="row">Target</th><td>',
    m.target === null ? NONE : own(formatValue(m.target, m.unit)),
    '</td></tr><tr><th scope="row">RAG</th><td>',
    ragBadge(m.rag),
    '</td><th scope="row">Baseline</th><td>',
    m.baseline === null ? NONE : own(formatValue(m.baseline, m.unit)),
    '</td></tr><tr><th scope="row">Direction</th><td>',
    directionBadge(m.direction),
    '</td><th scope="row">Progress</th><td>',
    own(formatProgress(m.progress)),
    '</td></tr><tr><th scope="row">Trajectory</th><td colspan="3">',
    trajectoryText(m.trajectory),
    '</td></tr><tr><th scope="row">Compared with</th><td colspan="3">',
    comparatorsCell(m.comparators, m.unit),
    '</td></tr></tbody></table></article>',
  );
}

const NONE = '<span class="muted">none</span>';

/**
 * The scorecard, pushed onto the pack's one array (it is most of the pack:
 * joining it card by card, then section by section, copied it again and again).
 */
export function drawScorecard(out: string[], s: ScorecardSection, asOfMonth: number, heading: string): void {
  out.push('<section aria-labelledby="scorecard">', el('h2', 'id="scorecard"', heading), '\n');
  if (s.themes.length === 0) {
    out.push(el('p', '', 'The plan has no measures.'));
  } else {
    out.push(el('p', '', 'Every measure, by theme, with its monthly values for the plan year. Ratings are words; colours and shapes only help.'), '\n', chartKey());
    let n = 0;
    // Every chart of the plan year shares one frame (month positions and labels).
    let frame: ChartFrame | null = null;
    for (const t of s.themes) {
      out.push('\n', el('h3', '', text(t.label)), '\n<div class="cards">');
      for (let i = 0; i < t.measures.length; i++) {
        const m = t.measures[i];
        if (frame === null || !sameMonths(frame, m.chart.months)) frame = chartFrame(m.chart.months);
        if (i > 0) out.push('\n');
        // Each card joined on its own while its pieces are fresh, then the flat card kept: the pieces die young instead of surviving to one huge join.
        const card: string[] = [];
        measureCard(card, m, asOfMonth, 'm' + String(++n), frame);
        out.push(card.join(''));
      }
      out.push('</div>');
    }
  }
  out.push('</section>');
}

/** The scorecard on its own, as text. */
export function renderScorecard(s: ScorecardSection, asOfMonth: number, heading: string): string {
  const out: string[] = [];
  drawScorecard(out, s, asOfMonth, heading);
  return out.join('');
}
