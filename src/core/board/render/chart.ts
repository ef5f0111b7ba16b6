/**
 * A measure's small chart (contract 9.5) as inline SVG: the plan year's
 * monthly values (no-data months are gaps, never zero), the target line, the
 * trajectory where it is defined and the comparators as reference marks. Lines
 * differ by pattern and marks by shape, so it reads in greyscale; the axis
 * starts at zero unless that would flatten the line, and then says so. The
 * `<title>` and `<desc>` give every number, for people who cannot see it.
 */
import type { YearMonth } from '../../calendar';
import type { Unit } from '../../model';
import type { ComparatorName, MeasureChart } from '../model';
import { escapeHtml } from './html';
import { formatNumber, formatValue, monthName, shortMonth } from './format';

const W = 320;
const H = 168;
const LEFT = 46;
const RIGHT = 262;
const TOP = 10;
const BOTTOM = 138;

export interface ChartScale {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: ReadonlyArray<number>;
  /** False when the axis does not start at zero (the chart says so). */
  readonly fromZero: boolean;
}

function niceStep(span: number): number {
  const raw = span / 4;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** The value axis for the numbers a chart shows: zero-based unless the numbers sit far above (or below) zero. */
export function chartScale(numbers: ReadonlyArray<number>): ChartScale | null {
  if (numbers.length === 0) return null;
  let lo = Math.min.apply(null, numbers as number[]);
  let hi = Math.max.apply(null, numbers as number[]);
  // Zero-based when the smallest number is at most half the largest: the line keeps its true proportions.
  if (lo >= 0 && lo <= hi * 0.5) lo = 0;
  if (hi <= 0 && hi >= lo * 0.5) hi = 0;
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    hi = hi + pad;
    lo = lo === 0 ? 0 : lo - pad;
  }
  const step = niceStep(hi - lo);
  const from = clean(Math.floor(lo / step) * step);
  const to = clean(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let i = 0; i <= 12; i++) {
    const t = clean(from + i * step);
    if (t > to + step / 1000) break;
    ticks.push(t);
  }
  return { lo: from, hi: to, ticks, fromZero: from <= 0 && to >= 0 };
}

function tickLabel(x: number, unit: Unit, step: number): string {
  if (unit === 'percent') return formatNumber(x * 100, step * 100 < 1 ? 1 : 0) + '%';
  return formatNumber(x, step < 1 ? (step < 0.1 ? 2 : 1) : 0);
}

function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

const MARKS: Readonly<Record<ComparatorName, { readonly short: string; readonly shape: string }>> = {
  England: { short: 'E', shape: 'triangle' },
  'Statistical neighbours': { short: 'SN', shape: 'square' },
  'Core cities': { short: 'CC', shape: 'diamond' },
};

function markShape(shape: string, x: number, y: number): string {
  if (shape === 'triangle') return '<path class="cmp" d="M' + px(x) + ' ' + px(y - 4.5) + 'L' + px(x + 4.5) + ' ' + px(y + 3.5) + 'L' + px(x - 4.5) + ' ' + px(y + 3.5) + 'Z"/>';
  if (shape === 'square') return '<rect class="cmp" x="' + px(x - 3.5) + '" y="' + px(y - 3.5) + '" width="7" height="7"/>';
  return '<path class="cmp hollow" d="M' + px(x) + ' ' + px(y - 5) + 'L' + px(x + 5) + ' ' + px(y) + 'L' + px(x) + ' ' + px(y + 5) + 'L' + px(x - 5) + ' ' + px(y) + 'Z"/>';
}

/** The sentence that gives the chart's numbers (its `<desc>`). */
export function chartDescription(chart: MeasureChart, unit: Unit, asOfMonth: YearMonth, scale: ChartScale | null): string {
  const parts: string[] = [];
  const shown: string[] = [];
  let later = 0;
  for (let i = 0; i < chart.months.length; i++) {
    const m = chart.months[i];
    const v = chart.values[i];
    if (m > asOfMonth && v === null) {
      later++;
      continue;
    }
    shown.push(monthName(m) + ' ' + (v === null ? 'no data' : formatValue(v, unit)));
  }
  parts.push(shown.length === 0 ? 'No monthly values.' : 'Monthly values: ' + shown.join(', ') + '.');
  if (later > 0) parts.push('No values yet for the ' + (later === 1 ? 'month' : String(later) + ' months') + ' after ' + monthName(asOfMonth) + '.');
  parts.push(chart.target === null ? 'No target.' : 'Target ' + formatValue(chart.target, unit) + '.');
  if (chart.trajectory !== null && chart.trajectory.length > 0) {
    const last = chart.trajectory.length - 1;
    parts.push('Trajectory from ' + formatValue(chart.trajectory[0], unit) + ' in ' + monthName(chart.months[0]) + ' to ' + formatValue(chart.trajectory[last], unit) + ' in ' + monthName(chart.months[last]) + '.');
  }
  if (chart.comparators.length > 0) parts.push('Comparators: ' + chart.comparators.map((c) => c.name + ' ' + formatValue(c.value, unit)).join(', ') + '.');
  if (scale !== null && !scale.fromZero) parts.push('The value axis runs from ' + tickLabel(scale.lo, unit, scale.ticks.length > 1 ? scale.ticks[1] - scale.ticks[0] : 1) + ', not from zero.');
  return parts.join(' ');
}

/**
 * The chart as `<svg role="img">`. `key` makes the title and description ids
 * unique in the document; `label` is the measure's id and name, escaped here.
 */
export function renderChart(chart: MeasureChart, unit: Unit, asOfMonth: YearMonth, label: string, key: string): string {
  const numbers: number[] = [];
  for (const v of chart.values) if (v !== null) numbers.push(v);
  if (chart.target !== null) numbers.push(chart.target);
  if (chart.trajectory !== null) for (const v of chart.trajectory) numbers.push(v);
  for (const c of chart.comparators) numbers.push(c.value);
  const finite = numbers.filter((n) => Number.isFinite(n));
  const scale = chartScale(finite);
  const titleId = key + '-t';
  const descId = key + '-d';
  const out: string[] = [];
  out.push('<svg class="chart" role="img" viewBox="0 0 ' + String(W) + ' ' + String(H) + '" aria-labelledby="' + titleId + ' ' + descId + '" xmlns="http://www.w3.org/2000/svg">');
  out.push('<title id="' + titleId + '">Chart of ' + escapeHtml(label) + ', ' + (chart.months.length > 0 ? monthName(chart.months[0]) + ' to ' + monthName(chart.months[chart.months.length - 1]) : 'the plan year') + '</title>');
  out.push('<desc id="' + descId + '">' + escapeHtml(chartDescription(chart, unit, asOfMonth, scale)) + '</desc>');
  const n = chart.months.length;
  const xAt = (i: number): number => (n <= 1 ? (LEFT + RIGHT) / 2 : LEFT + 8 + ((RIGHT - LEFT - 16) * i) / (n - 1));
  if (scale === null) {
    out.push('<rect class="frame" x="' + String(LEFT) + '" y="' + String(TOP) + '" width="' + String(RIGHT - LEFT) + '" height="' + String(BOTTOM - TOP) + '"/>');
    out.push('<text class="nodata" x="' + px((LEFT + RIGHT) / 2) + '" y="' + px((TOP + BOTTOM) / 2) + '" text-anchor="middle">No data to chart</text>');
  } else {
    const yAt = (v: number): number => BOTTOM - ((v - scale.lo) / (scale.hi - scale.lo)) * (BOTTOM - TOP);
    const step = scale.ticks.length > 1 ? scale.ticks[1] - scale.ticks[0] : 1;
    // Grid lines as one path, tick labels in one group: the pack has hundreds of charts, so bytes count.
    out.push('<path class="grid" d="' + scale.ticks.map((t) => 'M' + String(LEFT) + ' ' + px(yAt(t)) + 'H' + String(RIGHT)).join('') + '"/>');
    out.push('<g class="tick" text-anchor="end">' + scale.ticks.map((t) => '<text x="' + String(LEFT - 4) + '" y="' + px(yAt(t) + 3.5) + '">' + escapeHtml(tickLabel(t, unit, step)) + '</text>').join('') + '</g>');
    out.push('<line class="axis" x1="' + String(LEFT) + '" x2="' + String(LEFT) + '" y1="' + String(TOP) + '" y2="' + String(BOTTOM) + '"/>');
    out.push('<line class="axis" x1="' + String(LEFT) + '" x2="' + String(RIGHT) + '" y1="' + String(BOTTOM) + '" y2="' + String(BOTTOM) + '"/>');
    if (!scale.fromZero) {
      // A break in the value axis: it does not start at zero.
      out.push('<path class="axisbreak" d="M' + String(LEFT - 5) + ' ' + String(BOTTOM - 6) + 'l10 -4M' + String(LEFT - 5) + ' ' + String(BOTTOM - 2) + 'l10 -4"/>');
    }
    if (chart.target !== null && Number.isFinite(chart.target)) {
      out.push('<line class="target" x1="' + String(LEFT) + '" x2="' + String(RIGHT) + '" y1="' + px(yAt(chart.target)) + '" y2="' + px(yAt(chart.target)) + '"/>');
    }
    if (chart.trajectory !== null && chart.trajectory.length === n && n > 0) {
      out.push('<polyline class="trajectory" points="' + chart.trajectory.map((v, i) => px(xAt(i)) + ',' + px(yAt(v))).join(' ') + '"/>');
    }
    let d = '';
    let open = false;
    const dots: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = chart.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) {
        open = false;
        continue;
      }
      d += (open ? 'L' : 'M') + px(xAt(i)) + ' ' + px(yAt(v));
      open = true;
      // A dot per value: a zero-length segment with a round cap (so a month alone between gaps still shows).
      dots.push('M' + px(xAt(i)) + ' ' + px(yAt(v)) + 'h0');
    }
    if (d !== '') out.push('<path class="values" d="' + d + '"/>');
    if (dots.length > 0) out.push('<path class="dots" d="' + dots.join('') + '"/>');
    chart.comparators.forEach((c, i) => {
      const mark = MARKS[c.name];
      // Side by side to the right of March, so equal values never hide each other; the label sits above its mark.
      const x = RIGHT + 11 + i * 18;
      const y = yAt(c.value);
      out.push(markShape(mark.shape, x, y));
      out.push('<text class="cmplabel" x="' + String(x) + '" y="' + px(y - 7) + '" text-anchor="middle">' + mark.short + '</text>');
    });
  }
  const letters: string[] = [];
  for (let i = 0; i < n; i++) letters.push('<text x="' + px(xAt(i)) + '" y="' + String(BOTTOM + 13) + '">' + shortMonth(chart.months[i]).charAt(0) + '</text>');
  if (n > 0) out.push('<g class="month" text-anchor="middle">' + letters.join('') + '</g>');
  if (n > 0) {
    out.push('<text class="month" x="' + String(LEFT) + '" y="' + String(BOTTOM + 26) + '">' + escapeHtml(shortMonth(chart.months[0]) + ' ' + String(Math.floor(chart.months[0] / 12))) + '</text>');
    out.push('<text class="month" x="' + String(RIGHT) + '" y="' + String(BOTTOM + 26) + '" text-anchor="end">' + escapeHtml(shortMonth(chart.months[n - 1]) + ' ' + String(Math.floor(chart.months[n - 1] / 12))) + '</text>');
  }
  out.push('</svg>');
  const note = scale !== null && !scale.fromZero ? '<p class="axisnote">The value axis does not start at zero.</p>' : '';
  return out.join('') + note;
}
