/**
 * Numbers, dates and words as a Board member reads them: UK dates
 * (30/09/2016, September 2016), percentages as 62.0%, gaps with their sign
 * and unit, RAG, BRAG, direction and comparator verdicts as words with a shape
 * (never colour alone, contract 9).
 */
import type { Serial, YearMonth } from '../../calendar';
import { MONTH_NAMES, longYearMonth, monthOfYearMonth, ukFromSerial, yearOfYearMonth } from '../../calendar';
import type { Brag, Direction, MeasureRag, Trajectory, Unit } from '../../model';
import type { ComparatorVerdict } from '../model';
import { escapeHtml } from './html';

const MINUS = '\u2212';
const DECIMAL_SCALES: ReadonlyArray<number> = [1, 10, 100, 1000];

/** `1234.5` with 1 decimal -> `1,234.5`; negatives with a real minus sign. */
export function formatNumber(x: number, decimals: number): string {
  // Half away from zero on the decimal digits people see (61.25 -> 61.3), not on the binary value:
  // the tiny nudge turns 612.4999999 back into the 612.5 it stands for, far below any digit shown.
  const scale = DECIMAL_SCALES[decimals] !== undefined ? DECIMAL_SCALES[decimals] : Math.pow(10, decimals);
  const scaled = Math.abs(x) * scale;
  const rounded = Math.round(scaled + Math.min(scaled * 1e-12, 1e-3));
  const sign = x < 0 && rounded !== 0 ? MINUS : '';
  let whole: string;
  let fraction = '';
  if (rounded < 4503599627370496) {
    // Whole digits and decimals from integers (exact below 2^52, and much quicker than toFixed: the pack formats tens of thousands of numbers).
    const units = Math.floor(rounded / scale);
    whole = String(units);
    if (decimals > 0) {
      const digits = String(rounded - units * scale);
      fraction = '.' + '0'.repeat(decimals - digits.length) + digits;
    }
  } else {
    // Huge, infinite or not a number: as JavaScript writes it.
    const fixed = (rounded / scale).toFixed(decimals);
    const dot = fixed.indexOf('.');
    whole = dot < 0 ? fixed : fixed.slice(0, dot);
    fraction = dot < 0 ? '' : fixed.slice(dot);
  }
  return sign + (whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')) + fraction;
}

function isWhole(x: number): boolean {
  return Math.abs(x - Math.round(x)) < 1e-9;
}

/** A measure's value in its unit: `62.0%`, `1,234`, `21 days`, `45.3`. Percent values are fractions. */
export function formatValue(x: number, unit: Unit): string {
  if (unit === 'percent') return formatNumber(x * 100, 1) + '%';
  const shown = formatNumber(x, isWhole(x) ? 0 : Math.abs(x) < 10 ? 2 : 1);
  return unit === 'days' ? shown + (shown === '1' ? ' day' : ' days') : shown;
}

/** `62.0%` or `no data`. */
export function formatMaybe(x: number | null, unit: Unit): string {
  return x === null ? 'no data' : formatValue(x, unit);
}

/** A difference in the measure's units, with its sign: `+4.0 points` for `%`, `−3 days`, `+12.5`. */
export function formatGap(gap: number, unit: Unit): string {
  if (unit === 'percent') {
    const pts = formatNumber(gap * 100, 1);
    return (gap > 0 && pts !== '0.0' ? '+' : '') + pts + (pts === '1.0' || pts === MINUS + '1.0' ? ' point' : ' points');
  }
  const shown = formatValue(gap, unit);
  return gap > 0 && !/^0(\.0+)?( days)?$/.test(shown) ? '+' + shown : shown;
}

/**
 * Where the latest value stands against the target, in words and the
 * measure's units: `6.0 points below target`, `3 days above target`, `on target`.
 * Worked out from the two values, so it reads the same whatever the polarity.
 */
export function gapWords(latest: number, target: number, unit: Unit): string {
  const gap = latest - target;
  const shown = unit === 'percent' ? formatNumber(Math.abs(gap) * 100, 1) : formatValue(Math.abs(gap), unit);
  if (/^0(\.0+)?( days)?$/.test(shown)) return 'on target';
  const amount = unit === 'percent' ? shown + (shown === '1.0' ? ' point' : ' points') : shown;
  return amount + (gap < 0 ? ' below target' : ' above target');
}

/** Progress to target as a percentage: `46%`. */
export function formatProgress(p: number | null): string {
  return p === null ? 'not known' : formatNumber(p * 100, 0) + '%';
}

export function ukDate(serial: Serial | null): string {
  return serial === null ? '' : ukFromSerial(serial);
}

/** `September 2016` */
export function monthName(ym: YearMonth): string {
  return longYearMonth(ym);
}

/** `Sep` (the chart's month labels) */
export function shortMonth(ym: YearMonth): string {
  return MONTH_NAMES[monthOfYearMonth(ym) - 1].slice(0, 3);
}

/** `Sep 2016` */
export function shortMonthYear(ym: YearMonth): string {
  return shortMonth(ym) + ' ' + String(yearOfYearMonth(ym));
}

/** A count's change since last month: `+2`, `−1`, `0`. */
export function formatChange(n: number): string {
  return n > 0 ? '+' + String(n) : n < 0 ? MINUS + String(-n) : '0';
}

/** Shapes that tell the ratings apart in greyscale and for people who do not see colour. */
const RAG_SHAPES: Readonly<Record<string, string>> = {
  Blue: '\u25A0', // ■ done
  Green: '\u25CF', // ● on track
  Amber: '\u25C6', // ◆ at risk
  Red: '\u25B2', // ▲ needs attention
  Grey: '\u2013', // – left out
  Unknown: '?',
  'No data': '\u25CB', // ○
  'n/a': '\u2013',
  New: '\u2605', // ★
};

function ragClass(word: string): string {
  return 'rag-' + word.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The CSS that draws each rating's shape before its word (`content: "▲ " / ""`:
 * the empty alternative keeps the shape out of what screen readers say). Drawn
 * by CSS rather than written beside every word, as the pack repeats ratings
 * thousands of times in a large plan.
 */
export function ragShapeStyles(): string {
  return Object.keys(RAG_SHAPES)
    .map((word) => '.' + ragClass(word) + '::before { content: "\\' + RAG_SHAPES[word].charCodeAt(0).toString(16) + '\\a0" / ""; }')
    .join('\n');
}

/** Each known rating's badge, made once (the pack shows ratings thousands of times). */
function badgesFor(words: ReadonlyArray<string>, badge: (word: string) => string): Readonly<Record<string, string>> {
  const made: Record<string, string> = {};
  for (const w of words) made[w] = badge(w);
  return made;
}

function makeRagBadge(word: string): string {
  return '<span class="rag ' + ragClass(word) + '">' + escapeHtml(word) + '</span>';
}
const RAG_BADGES = badgesFor(Object.keys(RAG_SHAPES), makeRagBadge);

/** A RAG or BRAG word with its shape and colour: `▲ Red`. The shape is decoration; the word carries the meaning. */
export function ragBadge(word: Brag | MeasureRag | string): string {
  return Object.prototype.hasOwnProperty.call(RAG_BADGES, word) ? RAG_BADGES[word] : makeRagBadge(word);
}

/** ↑ ↓ → as references: the pack is ASCII (html.ts). */
const DIRECTION_SHAPES: Readonly<Record<Direction, string>> = { Improving: '&#8593;', Declining: '&#8595;', 'No change': '&#8594;' };
const DIRECTION_BADGES = badgesFor(
  Object.keys(DIRECTION_SHAPES),
  (d) => '<span class="dir dir-' + d.toLowerCase().replace(/[^a-z]/g, '') + '"><span class="shape" aria-hidden="true">' + DIRECTION_SHAPES[d as Direction] + '</span> ' + d + '</span>',
);

/** `↑ Improving`, or a dash when not known. */
export function directionBadge(d: Direction | null): string {
  return d === null ? '<span class="muted">not known</span>' : DIRECTION_BADGES[d];
}

export function trajectoryText(t: Trajectory | null): string {
  return t === null ? '<span class="muted">not set</span>' : t === 'On trajectory' ? '<span class="ontraj">On trajectory</span>' : '<span class="behind">Behind trajectory</span>';
}

/** − as a reference: the pack is ASCII (html.ts). */
const VERDICT_SHAPES: Readonly<Record<ComparatorVerdict, string>> = { Better: '+', Worse: '&#8722;', Similar: '=' };
const VERDICT_BADGES = badgesFor(
  Object.keys(VERDICT_SHAPES),
  (v) => '<span class="verdict v-' + v.toLowerCase() + '"><span class="shape" aria-hidden="true">' + VERDICT_SHAPES[v as ComparatorVerdict] + '</span> ' + v + '</span>',
);

/** `+ Better`, `− Worse`, `= Similar`. */
export function verdictBadge(v: ComparatorVerdict): string {
  return VERDICT_BADGES[v];
}

/** `Theme 2` for a bare number, else the name. */
export function themeWord(theme: string): string {
  return /^\d+$/.test(theme) ? 'Theme ' + theme : theme;
}
