/** The optional Settings sheet (contract 1): two columns, key and value. */
import type { Settings } from '../model';
import type { Cell, WorkbookSnapshot } from '../snapshot';
import { isBlankCell, isCellError } from '../snapshot';
import { a1 } from '../address';
import { financialYearStartOf } from '../calendar';
import { matchKey } from '../text';
import { makeGrid, rawCell } from './grid';
import { candidateRegions } from './locate';
import { readNumber } from '../values/numbers';
import { readDate } from '../values/dates';
import { expandYear } from '../values/months';

/** Setting keys (matchKey forms) -> the name used in `Settings.cells`. */
const SETTING_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['planyear', 'Plan year'],
  ['defaulttolerance', 'Default tolerance'],
  ['amberwindow', 'Amber window'],
  ['amberwindowdays', 'Amber window'],
  ['asof', 'As of'],
  ['asofdate', 'As of'],
  ['planname', 'Plan name'],
  ['plantitle', 'Plan name'],
];

const NO_SETTINGS: Settings = {
  planYear: null,
  defaultTolerance: null,
  amberWindow: null,
  asOf: null,
  planName: null,
  sheet: null,
  cells: {},
};

/** `2016/17`, `2016-17`, `2016/2017`, `16/17`, `FY2016/17`, `2016`, or a date inside the year -> 2016; null otherwise. */
export function parsePlanYear(cell: Cell): number | null {
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (Number.isInteger(v) && v >= 1900 && v <= 9999) return v;
    const d = readDate(cell);
    return d.kind === 'value' && v > 9999 ? financialYearStartOf(d.value) : null;
  }
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase().replace(/^fy\s*/, '');
  const m = /^(\d{4}|\d{2})\s*[/-]\s*(\d{2}|\d{4})$/.exec(s);
  if (m !== null) {
    const start = expandYear(m[1]);
    const end = m[2].length === 4 ? Number(m[2]) : expandYear(m[2]);
    return end === start + 1 ? start : null;
  }
  return /^\d{4}$/.test(s) ? Number(s) : null;
}

/** `Default tolerance`: a number at or above 0; `5%` means 5 (points or percent, contract 3.2). */
function parseDefaultTolerance(cell: Cell): number | null {
  const r = readNumber(cell);
  if (r.kind !== 'value' || r.value.value < 0) return null;
  return r.value.percentMarked ? r.value.value * 100 : r.value.value;
}

/** `Amber window`: whole days at or above 0 (`30` or `30 days`). */
function parseAmberWindow(cell: Cell): number | null {
  const v = cell.value;
  const text = typeof v === 'string' ? v.trim().replace(/\s*days?$/i, '') : null;
  const r = readNumber(text === null ? cell : { value: text, text, format: cell.format });
  if (r.kind !== 'value' || r.value.percentMarked || r.value.value < 0) return null;
  return Math.floor(r.value.value);
}

export function readSettings(snapshot: WorkbookSnapshot): Settings {
  const regions = candidateRegions(snapshot, 'settings');
  if (regions.length === 0) return NO_SETTINGS;
  const grid = makeGrid(regions[0]);
  const { top, left, right } = grid.region;
  const bottom = Math.min(grid.region.bottom, grid.region.sheet.rows.length - 1);
  const cells: Record<string, string> = {};
  const values: Record<string, Cell> = {};
  for (let r = top; r <= bottom; r++) {
    let k = left;
    while (k <= right && isBlankCell(rawCell(grid, r, k))) k++;
    if (k > right) continue;
    const keyCell = rawCell(grid, r, k);
    const key = typeof keyCell.value === 'string' ? matchKey(keyCell.value) : '';
    const entry = SETTING_KEYS.filter((e) => e[0] === key)[0];
    if (entry === undefined || cells[entry[1]] !== undefined) continue;
    cells[entry[1]] = a1(r, k + 1);
    values[entry[1]] = rawCell(grid, r, k + 1);
  }
  const has = (name: string): Cell | null => (values[name] !== undefined ? values[name] : null);
  const planYear = has('Plan year');
  const tolerance = has('Default tolerance');
  const window = has('Amber window');
  const asOfCell = has('As of');
  const asOf = asOfCell === null ? null : readDate(asOfCell);
  const nameCell = has('Plan name');
  const planName = nameCell === null || isCellError(nameCell.value) ? '' : cellTextOf(nameCell);
  return {
    planYear: planYear === null ? null : parsePlanYear(planYear),
    defaultTolerance: tolerance === null ? null : parseDefaultTolerance(tolerance),
    amberWindow: window === null ? null : parseAmberWindow(window),
    asOf: asOf !== null && asOf.kind === 'value' ? asOf.value : null,
    planName: planName === '' ? null : planName,
    sheet: grid.region.sheet.name,
    cells,
  };
}

/** A setting's text: the string typed (trimmed, on one line), else what the cell shows. */
function cellTextOf(cell: Cell): string {
  const raw = typeof cell.value === 'string' ? cell.value : cell.text;
  return raw.replace(/\s+/g, ' ').trim();
}
