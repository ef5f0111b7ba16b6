/**
 * A measure's small chart (contract 9.5) as inline SVG: the plan year's
 * monthly values (no-data months are gaps, never zero), the target line, the
 * trajectory where it is defined and the comparators as reference marks. Lines
 * differ by pattern and marks by shape, so it reads in greyscale; the axis
 * starts at zero unless that would flatten the line, and then says so. The
 * `<title>` and `<desc>` give every number, for people who cannot see it.
 *
 * Speed (issue 8: the pack has hundreds of charts): what is the same for every
 * chart of the plan year (month positions and labels, axes) is built once as a
 * `ChartFrame`, pixel positions come from a table of tenths, and tick values
 * are exact decimals without `toPrecision`.
 */
import type { YearMonth } from '../../calendar';
import type { Unit } from '../../model';
import type { ComparatorName, MeasureChart } from '../model';
import { escapeHtml, own } from './html';
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
  /** Decimal places a tick needs to show its value exactly (2.5 needs 1). */
  readonly decimals: number;
}

const MANTISSAS: ReadonlyArray<number> = [1, 2, 2.5, 5, 10];

/**
 * The value axis for the numbers a chart shows: zero-based unless the numbers
 * sit far above (or below) zero; four or so ticks at 1, 2, 2.5 or 5 times a
 * power of ten. Ticks are made as whole numbers over a power of ten, so 0.3 is
 * 0.3 and not 0.30000000000000004.
 */
export function chartScale(numbers: ReadonlyArray<number>): ChartScale | null {
  if (numbers.length === 0) return null;
  let lo = numbers[0];
  let hi = numbers[0];
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] < lo) lo = numbers[i];
    if (numbers[i] > hi) hi = numbers[i];
  }
  // Zero-based when the smallest number is at most half the largest: the line keeps its true proportions.
  if (lo >= 0 && lo <= hi * 0.5) lo = 0;
  if (hi <= 0 && hi >= lo * 0.5) hi = 0;
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    hi = hi + pad;
    lo = lo === 0 ? 0 : lo - pad;
  }
  // step = mantissa * 10^power; as a whole number of units of 10^(power - 1), so 2.5 stays exact.
  const raw = (hi - lo) / 4;
  let power = Math.floor(Math.log10(raw));
  const f = raw / Math.pow(10, power);
  let mantissa = MANTISSAS[MANTISSAS.length - 1];
  for (const m of MANTISSAS) {
    // A hair of tolerance: 0.8 - 0.7 is 0.10000000000000009, and a quarter of it should still step by 2.5.
    if (f <= m * (1 + 1e-9)) {
      mantissa = m;
      break;
    }
  }
  if (mantissa === 10) {
    mantissa = 1;
    power++;
  }
  const units = mantissa * 10; // step in units of 10^(power - 1): 10, 20, 25 or 50
  const unitPower = power - 1;
  // A tick k (in units) as a number: exact because k and the power of ten are exact and the division rounds once.
  const value = (k: number): number => (unitPower >= 0 ? k * Math.pow(10, unitPower) : k / Math.pow(10, -unitPower));
  const scaleOf = unitPower >= 0 ? Math.pow(10, unitPower) : 1 / Math.pow(10, -unitPower);
  const from = Math.floor(lo / scaleOf / units + 1e-9) * units;
  const to = Math.ceil(hi / scaleOf / units - 1e-9) * units;
  const ticks: number[] = [];
  for (let k = from, i = 0; k <= to && i <= 12; k += units, i++) ticks.push(value(k));
  const stepDecimals = Math.max(0, -unitPower - (units % 10 === 0 ? 1 : 0));
  return { lo: value(from), hi: value(to), ticks, fromZero: from <= 0 && to >= 0, decimals: stepDecimals };
}

function tickLabel(x: number, unit: Unit, scale: ChartScale): string {
  // Percent values are fractions: two fewer decimals on the percentage than on the fraction.
  if (unit === 'percent') return formatNumber(x * 100, Math.max(0, scale.decimals - 2)) + '%';
  return formatNumber(x, scale.decimals);
}

/** A tenth of a pixel as text: 1234 -> `123.4`, 1230 -> `123`. */
function tenthText(t: number): string {
  return t % 10 === 0 ? String(t / 10) : String(Math.floor(t / 10)) + '.' + String(t % 10);
}

/**
 * Text for a position, made once for every tenth of a pixel on the chart and
 * looked up after (turning numbers into text is what the charts repeat most);
 * made on the spot for a position off the chart.
 */
function atTenths(make: (at: string) => string): (n: number) => string {
  const table: string[] = [];
  for (let t = 0; t <= (W + 20) * 10; t++) table.push(make(tenthText(t)));
  return (n: number): string => {
    const t = Math.round(n * 10);
    return t >= 0 && t < table.length ? table[t] : make(String(t / 10));
  };
}

const px = atTenths((at) => at);
const gridLine = atTenths((y) => 'M' + String(LEFT) + ' ' + y + 'H' + String(RIGHT));
const tickOpen = atTenths((y) => '<text x="' + String(LEFT - 4) + '" y="' + y + '">');

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

/** What every chart of the same months shares: where each month sits, its name, and the month labels under the axis. */
export interface ChartFrame {
  readonly months: ReadonlyArray<YearMonth>;
  /** Each month's x, as text. */
  readonly xs: ReadonlyArray<string>;
  /** `M<x> ` and `L<x> ` for each month: the start of a path step there. */
  readonly moveTo: ReadonlyArray<string>;
  readonly lineTo: ReadonlyArray<string>;
  /** Each month's name (`April 2016`), for the description. */
  readonly names: ReadonlyArray<string>;
  /** `Chart of <label>, April 2016 to March 2017`: the part after the label. */
  readonly span: string;
  /** The month letters and the first and last month under the axis. */
  readonly monthLabels: string;
}

/** The frame for a chart's months; build it once for all charts that share them (`sameMonths`). */
export function chartFrame(months: ReadonlyArray<YearMonth>): ChartFrame {
  const n = months.length;
  const xs: string[] = [];
  const names: string[] = [];
  let letters = '';
  for (let i = 0; i < n; i++) {
    xs.push(px(n <= 1 ? (LEFT + RIGHT) / 2 : LEFT + 8 + ((RIGHT - LEFT - 16) * i) / (n - 1)));
    names.push(monthName(months[i]));
    letters += shortMonth(months[i]).charAt(0);
  }
  let monthLabels = '';
  if (n > 0) {
    // One text with an x per letter: each letter is its own chunk, centred on its month (SVG 1.1, 10.9.1: text-anchor applies per chunk).
    monthLabels =
      '<text class="month" x="' + xs.join(' ') + '" y="' + String(BOTTOM + 13) + '" text-anchor="middle">' + letters + '</text>' +
      '<text class="month" x="' + String(LEFT) + '" y="' + String(BOTTOM + 26) + '">' + escapeHtml(shortMonth(months[0]) + ' ' + String(Math.floor(months[0] / 12))) + '</text>' +
      '<text class="month" x="' + String(RIGHT) + '" y="' + String(BOTTOM + 26) + '" text-anchor="end">' + escapeHtml(shortMonth(months[n - 1]) + ' ' + String(Math.floor(months[n - 1] / 12))) + '</text>';
  }
  return { months, xs, moveTo: xs.map((x) => 'M' + x + ' '), lineTo: xs.map((x) => 'L' + x + ' '), names, span: n > 0 ? names[0] + ' to ' + names[n - 1] : 'the plan year', monthLabels };
}

/** True when `frame` was built for exactly these months. */
export function sameMonths(frame: ChartFrame, months: ReadonlyArray<YearMonth>): boolean {
  if (frame.months === months) return true;
  if (frame.months.length !== months.length) return false;
  for (let i = 0; i < months.length; i++) if (frame.months[i] !== months[i]) return false;
  return true;
}

/** The sentence that gives the chart's numbers (its `<desc>`). */
export function chartDescription(chart: MeasureChart, unit: Unit, asOfMonth: YearMonth, scale: ChartScale | null, frame: ChartFrame = chartFrame(chart.months)): string {
  const shown: string[] = [];
  let later = 0;
  for (let i = 0; i < chart.months.length; i++) {
    const v = chart.values[i];
    if (chart.months[i] > asOfMonth && v === null) {
      later++;
      continue;
    }
    shown.push(frame.names[i] + ' ' + (v === null ? 'no data' : formatValue(v, unit)));
  }
  const parts: string[] = [shown.length === 0 ? 'No monthly values.' : 'Monthly values: ' + shown.join(', ') + '.'];
  if (later > 0) parts.push('No values yet for the ' + (later === 1 ? 'month' : String(later) + ' months') + ' after ' + monthName(asOfMonth) + '.');
  parts.push(chart.target === null ? 'No target.' : 'Target ' + formatValue(chart.target, unit) + '.');
  if (chart.trajectory !== null && chart.trajectory.length > 0) {
    const last = chart.trajectory.length - 1;
    parts.push('Trajectory from ' + formatValue(chart.trajectory[0], unit) + ' in ' + monthName(chart.months[0]) + ' to ' + formatValue(chart.trajectory[last], unit) + ' in ' + monthName(chart.months[last]) + '.');
  }
  if (chart.comparators.length > 0) parts.push('Comparators: ' + chart.comparators.map((c) => c.name + ' ' + formatValue(c.value, unit)).join(', ') + '.');
  if (scale !== null && !scale.fromZero) parts.push('The value axis runs from ' + tickLabel(scale.lo, unit, scale) + ', not from zero.');
  return parts.join(' ');
}

/** The value and month axes as one path (and, when the value axis does not start at zero, its break mark). */
const AXES = '<path class="axis" d="M' + String(LEFT) + ' ' + String(TOP) + 'V' + String(BOTTOM) + 'H' + String(RIGHT) + '"/>';
const SVG_OPEN = '<svg class="chart" role="img" viewBox="0 0 ' + String(W) + ' ' + String(H) + '" aria-labelledby="';
const AXIS_BREAK = '<path class="axisbreak" d="M' + String(LEFT - 5) + ' ' + String(BOTTOM - 6) + 'l10 -4M' + String(LEFT - 5) + ' ' + String(BOTTOM - 2) + 'l10 -4"/>';
const NO_DATA =
  '<rect class="frame" x="' + String(LEFT) + '" y="' + String(TOP) + '" width="' + String(RIGHT - LEFT) + '" height="' + String(BOTTOM - TOP) + '"/>' +
  '<text class="nodata" x="' + px((LEFT + RIGHT) / 2) + '" y="' + px((TOP + BOTTOM) / 2) + '" text-anchor="middle">No data to chart</text>';

/**
 * The trajectory: a straight line when its points are on one (contract 3.3
 * profiles the target linearly, so they always are: two points instead of
 * twelve), else a line through every month.
 */
function trajectoryLine(trajectory: ReadonlyArray<number>, yAt: (v: number) => number, frame: ChartFrame): string {
  const n = trajectory.length;
  const first = yAt(trajectory[0]);
  const last = yAt(trajectory[n - 1]);
  let straight = true;
  // Equally spaced months: on the line when each point is within a twentieth of a pixel of it.
  for (let i = 1; i < n - 1 && straight; i++) straight = Math.abs(yAt(trajectory[i]) - (first + ((last - first) * i) / (n - 1))) < 0.05;
  if (straight) return '<path class="trajectory" d="M' + frame.xs[0] + ' ' + px(first) + 'L' + frame.xs[n - 1] + ' ' + px(last) + '"/>';
  let points = '';
  for (let i = 0; i < n; i++) points += (i === 0 ? '' : ' ') + frame.xs[i] + ',' + px(yAt(trajectory[i]));
  return '<polyline class="trajectory" points="' + points + '"/>';
}

/** The chart's lines and marks on its scale, pushed onto `out`. */
function plot(out: string[], chart: MeasureChart, unit: Unit, scale: ChartScale, frame: ChartFrame): void {
  const span = scale.hi - scale.lo;
  const yAt = (v: number): number => BOTTOM - ((v - scale.lo) / span) * (BOTTOM - TOP);
  const n = chart.months.length;
  // Grid lines as one path, tick labels in one group: the pack has hundreds of charts, so bytes count.
  let grid = '<path class="grid" d="';
  let ticks = '"/><g class="tick" text-anchor="end">';
  for (const t of scale.ticks) {
    const y = yAt(t);
    grid += gridLine(y);
    ticks += tickOpen(y + 3.5) + own(tickLabel(t, unit, scale)) + '</text>';
  }
  out.push(grid, ticks, '</g>', AXES);
  if (!scale.fromZero) out.push(AXIS_BREAK);
  if (chart.target !== null && Number.isFinite(chart.target)) {
    out.push('<path class="target" d="M' + String(LEFT) + ' ' + px(yAt(chart.target)) + 'H' + String(RIGHT) + '"/>');
  }
  if (chart.trajectory !== null && chart.trajectory.length === n && n > 0) out.push(trajectoryLine(chart.trajectory, yAt, frame));
  let d = '';
  let dots = '';
  let open = false;
  for (let i = 0; i < n; i++) {
    const v = chart.values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) {
      open = false;
      continue;
    }
    const y = px(yAt(v));
    d += (open ? frame.lineTo[i] : frame.moveTo[i]) + y;
    open = true;
    // A dot per value: a zero-length segment with a round cap (so a month alone between gaps still shows).
    dots += frame.moveTo[i] + y + 'h0';
  }
  if (d !== '') out.push('<path class="values" d="', d, '"/><path class="dots" d="', dots, '"/>');
  for (let i = 0; i < chart.comparators.length; i++) {
    const c = chart.comparators[i];
    const mark = MARKS[c.name];
    // Side by side to the right of March, so equal values never hide each other; the label sits above its mark.
    const x = RIGHT + 11 + i * 18;
    const y = yAt(c.value);
    out.push(markShape(mark.shape, x, y), '<text class="cmplabel" x="' + String(x) + '" y="' + px(y - 7) + '" text-anchor="middle">' + mark.short + '</text>');
  }
}

/**
 * The chart as `<svg role="img">`, pushed onto `out` (the scorecard joins all
 * its cards once). `key` makes the title and description ids unique in the
 * document; `label` is the measure's id and name, escaped here. The
 * description and tick labels are the renderer's own words and numbers, with
 * no workbook text, so they need no escaping (html.ts).
 */
export function drawChart(out: string[], chart: MeasureChart, unit: Unit, asOfMonth: YearMonth, label: string, key: string, frame: ChartFrame): void {
  const numbers: number[] = [];
  for (const v of chart.values) if (v !== null && Number.isFinite(v)) numbers.push(v);
  if (chart.target !== null && Number.isFinite(chart.target)) numbers.push(chart.target);
  if (chart.trajectory !== null) for (const v of chart.trajectory) if (Number.isFinite(v)) numbers.push(v);
  for (const c of chart.comparators) if (Number.isFinite(c.value)) numbers.push(c.value);
  const scale = chartScale(numbers);
  out.push(
    SVG_OPEN + key + '-t ' + key + '-d"><title id="' + key + '-t">Chart of ' + escapeHtml(label) + ', ' + frame.span + '</title><desc id="' + key + '-d">' +
      own(chartDescription(chart, unit, asOfMonth, scale, frame)) +
      '</desc>',
  );
  if (scale === null) out.push(NO_DATA);
  else plot(out, chart, unit, scale, frame);
  out.push(frame.monthLabels, '</svg>');
  if (scale !== null && !scale.fromZero) out.push('<p class="axisnote">The value axis does not start at zero.</p>');
}

/** One chart on its own, as text. */
export function renderChart(chart: MeasureChart, unit: Unit, asOfMonth: YearMonth, label: string, key: string, frame: ChartFrame = chartFrame(chart.months)): string {
  const out: string[] = [];
  drawChart(out, chart, unit, asOfMonth, label, key, frame);
  return out.join('');
}
