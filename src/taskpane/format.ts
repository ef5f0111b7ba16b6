/** How the pane shows numbers, months and RAG words (never colour alone). */
import type { Unit } from '../core/model';
import type { YearMonth } from '../core/calendar';
import { MONTH_NAMES, monthOfYearMonth, yearOfYearMonth } from '../core/calendar';
import type { WriteValue } from '../core/writes';
import { h } from './dom';

/** `Sep 2016` */
export function shortMonth(ym: YearMonth): string {
  return MONTH_NAMES[monthOfYearMonth(ym) - 1].slice(0, 3) + ' ' + String(yearOfYearMonth(ym));
}

/** `2016-09` -> `Sep 2016`; anything else as it is. */
export function shortMonthText(yyyymm: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yyyymm);
  if (m === null) return yyyymm;
  return MONTH_NAMES[Number(m[2]) - 1].slice(0, 3) + ' ' + m[1];
}

function trimNumber(n: number, digits: number): string {
  const fixed = n.toFixed(digits);
  return digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A measure value in its unit: fractions for `%` shown as `58.5%`. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  if (unit === 'percent') return trimNumber(value * 100, 1) + '%';
  if (Math.abs(value) >= 1000) return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return trimNumber(value, 2);
}

/** Progress to target, taken literally (may be below 0 or above 100%). */
export function formatProgress(progress: number | null): string {
  return progress === null ? '–' : String(Math.round(progress * 100)) + '%';
}

/** A value an import writes or finds, shown the way the cell will show it. */
export function formatCellValue(value: WriteValue, numberFormat: string | null): string {
  if (value === null) return '(blank)';
  if (typeof value === 'number') {
    if (numberFormat !== null && numberFormat.indexOf('%') >= 0) return trimNumber(value * 100, 2) + '%';
    return trimNumber(value, 4);
  }
  return value;
}

const RAG_CLASS: Readonly<Record<string, string>> = {
  Blue: 'rag-blue',
  Green: 'rag-green',
  Amber: 'rag-amber',
  Red: 'rag-red',
  Grey: 'rag-grey',
  Unknown: 'rag-none',
  'No data': 'rag-none',
  'n/a': 'rag-none',
};

/** A RAG badge: the word is always written, the colour only helps. */
export function ragBadge(rag: string): HTMLSpanElement {
  const cls = RAG_CLASS[rag] !== undefined ? RAG_CLASS[rag] : 'rag-none';
  return h('span', { class: 'badge ' + cls }, [rag]);
}

export { plural } from '../core/text';
