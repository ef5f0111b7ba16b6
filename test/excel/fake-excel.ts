/**
 * A recording fake of the Excel JavaScript object model, for the adapter's
 * tests and the Office bench. It behaves like Office.js where the adapter
 * could get it wrong:
 *  - proxies queue work; nothing happens until `context.sync()`, which runs the
 *    queue in order and counts the round trip;
 *  - a property read before it was loaded and synced throws (PropertyNotLoaded);
 *  - `getItem` of a missing sheet fails the sync (ItemNotFound);
 *  - a request over 5 MB fails (RequestPayloadSizeLimitExceeded), as on the web;
 *  - so does a response over 5 MB of loaded cell data
 *    (ResponsePayloadSizeLimitExceeded): what that sync loaded is not loaded
 *    (writes queued in the same sync are not undone: the adapter never mixes);
 *  - text written into a cell not formatted `@` is parsed the way Excel parses
 *    typed input (`1.10` becomes the number 1.1), unless it starts with `'`;
 *  - values, number formats and cell properties must be arrays of exactly the
 *    range's rows and columns (InvalidArgument otherwise);
 *  - a conditional format's `id` is its priority in the sheet's collection
 *    (the ExcelApi 1.6 reference: "The priority of the conditional format in
 *    the current ConditionalFormatCollection"): 0 is the top, a new format goes
 *    on top and pushes the others down, a deletion pulls those below it up; a
 *    format loaded from a collection is found again by that priority when a
 *    queued operation runs, so acting on a stale id acts on another format;
 *  - getMergedAreasOrNullObject fails the sync above 512 merged areas, as its
 *    reference says it does.
 * Every method call and property set is logged, with the cells it touched.
 */
import { columnLetters, parseArea } from '../../src/core/address';
import type { AreaRef } from '../../src/core/address';
import type {
  XlCellValueRule,
  XlClearApplyTo,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatType,
  XlConditionalRangeFormat,
  XlContext,
  XlFill,
  XlFont,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRun,
  XlCellProperties,
  XlRangeFill,
  XlTable,
  XlTableCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../src/excel/office-model';

export const REQUEST_LIMIT_BYTES = 5_000_000;
/** getMergedAreasOrNullObject fails above this many merged areas (ExcelApi 1.13 reference). */
export const MERGED_AREAS_LIMIT = 512;

export type FakeValue = string | number | boolean;
export type FakeCellInit = FakeValue | null | { value: FakeValue | null; text?: string; format?: string; error?: boolean };

export interface FakeSheetInit {
  readonly name: string;
  readonly rows?: ReadonlyArray<ReadonlyArray<FakeCellInit>>;
  readonly merges?: ReadonlyArray<string>;
}

export interface FakeTableInit {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

interface CellState {
  value: FakeValue | null;
  error: boolean;
  text: string | null;
  format: string;
  /** Static fill and font colours (null: none set). */
  fill?: string | null;
  font?: string | null;
}

/** A conditional format; its id is its index in `SheetState.cfs` (its priority), never stored. */
export interface CfState {
  readonly sheet: string;
  readonly type: XlConditionalFormatType;
  readonly areas: AreaRef[];
  readonly props: Record<string, unknown>;
  /** Tests' name for a user's own format (not an Excel property). */
  readonly tag?: string;
}

export class SheetState {
  readonly cells = new Map<string, CellState>();
  readonly merges: string[];
  readonly cfs: CfState[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly bold: AreaRef[] = [];
  constructor(public name: string, merges: ReadonlyArray<string> = []) {
    this.merges = merges.slice();
  }
  get(r: number, c: number): CellState | undefined {
    return this.cells.get(String(r) + ',' + String(c));
  }
  set(r: number, c: number, cell: CellState): void {
    this.cells.set(String(r) + ',' + String(c), cell);
  }
  /** The value at 0-based (r, c), null when blank. */
  value(r: number, c: number): FakeValue | null {
    const cell = this.get(r, c);
    return cell === undefined ? null : cell.value;
  }
  format(r: number, c: number): string {
    const cell = this.get(r, c);
    return cell === undefined ? 'General' : cell.format;
  }
  /** Static fill colour at 0-based (r, c), null when none. */
  fill(r: number, c: number): string | null {
    const cell = this.get(r, c);
    return cell === undefined || cell.fill === undefined ? null : cell.fill;
  }
  fontColor(r: number, c: number): string | null {
    const cell = this.get(r, c);
    return cell === undefined || cell.font === undefined ? null : cell.font;
  }
  /** A user's conditional format, added on top (priority 0) or at the bottom, as Excel's UI can. */
  addUserFormat(tag: string, areas: AreaRef[], where: 'top' | 'bottom' = 'top'): void {
    const cf: CfState = { sheet: this.name, type: 'Custom', areas, props: { 'custom.rule.formula': '=$A1="' + tag + '"' }, tag };
    if (where === 'top') this.cfs.unshift(cf);
    else this.cfs.push(cf);
  }
  /** The smallest area holding every cell with a value (within `inside` when given). */
  usedArea(inside?: AreaRef): AreaRef | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === null) continue;
      const [r, c] = k.split(',').map((x) => Number(x));
      if (inside !== undefined && (r < inside.top || r > inside.bottom || c < inside.left || c > inside.right)) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface LogEntry {
  readonly kind: 'call' | 'set' | 'load' | 'sync';
  readonly target: string;
  readonly member: string;
  /** Sheet and cells a write touched (values, numberFormat, clear, formats). */
  readonly sheet?: string;
  readonly areas?: ReadonlyArray<AreaRef>;
  readonly detail?: unknown;
  /** Number of syncs before this entry was queued. */
  readonly syncIndex: number;
}

export interface FakeStats {
  readonly syncs: number;
  readonly calls: number;
  readonly sets: number;
  readonly loads: number;
  readonly maxRequestBytes: number;
  /** Largest response (loaded range data) of one sync. */
  readonly maxResponseBytes: number;
  /** Response size (loaded range data) of every sync, in order. */
  readonly responseBytes: ReadonlyArray<number>;
  /** Syncs refused for their size. */
  readonly refused: number;
}

/** An Office.js-like error: `code` as RichApi.Error has it. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(code + ': ' + message), { code });
}

const WHOLE_SHEET: AreaRef = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

function areaText(a: AreaRef): string {
  const first = columnLetters(a.left) + String(a.top + 1);
  return a.top === a.bottom && a.left === a.right ? first : first + ':' + columnLetters(a.right) + String(a.bottom + 1);
}

function intersects(a: AreaRef, b: AreaRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function parseAreaOrThrow(address: string): AreaRef {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  const a = parseArea(local);
  if (a === null) throw new Error('InvalidArgument: bad address "' + address + '"');
  return a;
}

/** Excel's reading of typed text (the part that matters here: numbers and formulas). */
function parseTyped(s: string): { value: FakeValue; text: string } {
  if (s.startsWith("'")) return { value: s.slice(1), text: s.slice(1) };
  const t = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t), text: String(Number(t)) };
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(t)) return { value: 99999, text: t }; // Excel would make it a date serial
  return { value: s, text: s };
}

function is2d(x: unknown): x is unknown[][] {
  return Array.isArray(x) && x.every((r) => Array.isArray(r));
}

export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly tables: FakeTableInit[] = [];
  readonly log: LogEntry[] = [];
  activeSheet: string | null = null;
  selection: string | null = null;
  syncCount = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  responseBytes = 0;
  requestLimit = REQUEST_LIMIT_BYTES;
  responseLimit = REQUEST_LIMIT_BYTES;
  readonly responses: number[] = [];
  refused = 0;
  private undoLoads: Array<() => void> = [];
  private queue: Array<() => void> = [];
  private requestBytes = 0;

  constructor(sheets: ReadonlyArray<FakeSheetInit> = [], tables: ReadonlyArray<FakeTableInit> = []) {
    for (const s of sheets) {
      const st = new SheetState(s.name, s.merges);
      (s.rows ?? []).forEach((row, r) =>
        row.forEach((init, c) => {
          if (init === null) return;
          if (typeof init === 'object') {
            st.set(r, c, { value: init.value, error: init.error === true, text: init.text ?? (init.value === null ? '' : String(init.value)), format: init.format ?? 'General' });
          } else {
            st.set(r, c, { value: init, error: false, text: typeof init === 'boolean' ? (init ? 'TRUE' : 'FALSE') : String(init), format: 'General' });
          }
        }),
      );
      this.sheets.push(st);
    }
    this.tables.push(...tables);
  }

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name === name);
    if (s === undefined) throw new Error('ItemNotFound: worksheet "' + name + '"');
    return s;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((x) => x.name === name);
  }

  /** `Excel.run` over this workbook. */
  readonly run: XlRun = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const context: XlContext = { workbook: new FakeWorkbookProxy(this), sync: () => this.sync() };
    const result = await batch(context);
    if (this.queue.length > 0) await this.sync(); // Excel.run syncs what is left
    return result;
  };

  stats(): FakeStats {
    let calls = 0;
    let sets = 0;
    let loads = 0;
    for (const e of this.log) {
      if (e.kind === 'call') calls++;
      else if (e.kind === 'set') sets++;
      else if (e.kind === 'load') loads++;
    }
    return {
      syncs: this.syncCount,
      calls: calls + loads,
      sets,
      loads,
      maxRequestBytes: this.maxRequestBytes,
      maxResponseBytes: this.maxResponseBytes,
      responseBytes: this.responses.slice(),
      refused: this.refused,
    };
  }

  resetLog(): void {
    this.log.length = 0;
    this.syncCount = 0;
    this.maxRequestBytes = 0;
    this.maxResponseBytes = 0;
    this.responses.length = 0;
    this.refused = 0;
  }

  /** Log entries that changed cells: values, number formats, formats, clears, conditional formats added. */
  cellWrites(): LogEntry[] {
    return this.log.filter((e) => e.areas !== undefined && (e.kind === 'set' || e.member === 'clear' || e.member === 'clearAll' || e.member === 'add'));
  }

  /** Every cell of a sheet as `A1 -> value|format`, to compare before and after. */
  dump(name: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, cell] of this.sheet(name).cells) {
      const [r, c] = k.split(',').map((x) => Number(x));
      out.set(columnLetters(c) + String(r + 1), JSON.stringify([cell.value, cell.format, cell.error]));
    }
    return out;
  }

  record(entry: Omit<LogEntry, 'syncIndex'>, bytes = 0): void {
    this.log.push({ ...entry, syncIndex: this.syncCount });
    this.requestBytes += bytes + 100;
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  /** How to take back a load of the running sync, should its response be refused. */
  loadedNow(undo: () => void): void {
    this.undoLoads.push(undo);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.log.push({ kind: 'sync', target: 'context', member: 'sync', syncIndex: this.syncCount - 1 });
    const bytes = this.requestBytes;
    this.requestBytes = 0;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, bytes);
    const ops = this.queue;
    this.queue = [];
    if (bytes > this.requestLimit) {
      this.refused++;
      throw officeError('RequestPayloadSizeLimitExceeded', 'request of ' + String(bytes) + ' bytes');
    }
    this.responseBytes = 0;
    this.undoLoads = [];
    for (const op of ops) op();
    this.maxResponseBytes = Math.max(this.maxResponseBytes, this.responseBytes);
    this.responses.push(this.responseBytes);
    if (this.responseBytes > this.responseLimit) {
      this.refused++;
      for (const undo of this.undoLoads) undo();
      throw officeError('ResponsePayloadSizeLimitExceeded', 'response of ' + String(this.responseBytes) + ' bytes');
    }
  }
}

/** Base of every proxy: loading and the loaded check. */
class Loadable {
  protected loaded: Set<string> | null = null;
  protected requested = new Set<string>();
  constructor(protected readonly fx: FakeExcel, readonly label: string) {}
  load(propertyNames: string): unknown {
    this.fx.record({ kind: 'load', target: this.label, member: 'load', detail: propertyNames });
    for (const p of propertyNames.split(',')) this.requested.add(p.trim());
    this.fx.enqueue(() => {
      const before = this.loaded;
      this.resolve();
      this.loaded = new Set(this.requested);
      this.fx.loadedNow(() => {
        this.loaded = before;
      });
    });
    return this;
  }
  protected resolve(): void {}
  protected need(prop: string): void {
    if (this.loaded === null || !(this.loaded.has(prop) || Array.from(this.loaded).some((p) => p.startsWith(prop + '/') || p.startsWith('items/' + prop)))) {
      throw new Error('PropertyNotLoaded: ' + this.label + '.' + prop);
    }
  }
  get isNullObject(): boolean {
    if (this.loaded === null) throw new Error('PropertyNotLoaded: ' + this.label + '.isNullObject');
    return this.isNull();
  }
  protected isNull(): boolean {
    return false;
  }
}

class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(fx: FakeExcel) {
    this.worksheets = new FakeWorksheets(fx);
    this.tables = new FakeTables(fx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => fx.record({ kind: 'call', target: 'application', member: 'suspendApiCalculationUntilNextSync' }),
    };
  }
}

class FakeWorksheets extends Loadable implements XlWorksheetCollection {
  private snapshot: XlWorksheet[] = [];
  constructor(fx: FakeExcel) {
    super(fx, 'worksheets');
  }
  protected resolve(): void {
    this.snapshot = this.fx.sheets.map((s) => new FakeWorksheet(this.fx, s.name, true));
  }
  get items(): XlWorksheet[] {
    this.need('items');
    return this.snapshot;
  }
  getItem(key: string): XlWorksheet {
    this.fx.record({ kind: 'call', target: 'worksheets', member: 'getItem', detail: key });
    return new FakeWorksheet(this.fx, key, false);
  }
  getItemOrNullObject(key: string): XlWorksheet {
    this.fx.record({ kind: 'call', target: 'worksheets', member: 'getItemOrNullObject', detail: key });
    return new FakeWorksheet(this.fx, key, false, true);
  }
  add(name?: string): XlWorksheet {
    const n = name ?? 'Sheet' + String(this.fx.sheets.length + 1);
    this.fx.record({ kind: 'call', target: 'worksheets', member: 'add', sheet: n, detail: n });
    this.fx.enqueue(() => {
      if (this.fx.hasSheet(n)) throw new Error('ItemAlreadyExists: worksheet "' + n + '"');
      this.fx.sheets.push(new SheetState(n));
    });
    return new FakeWorksheet(this.fx, n, false);
  }
}

class FakeWorksheet extends Loadable implements XlWorksheet {
  private nullAtLoad = false;
  constructor(fx: FakeExcel, private readonly sheetName: string, preloaded: boolean, private readonly orNull = false) {
    super(fx, 'worksheet(' + sheetName + ')');
    if (preloaded) this.loaded = new Set(['name']);
  }
  protected resolve(): void {
    this.nullAtLoad = !this.fx.hasSheet(this.sheetName);
    if (this.nullAtLoad && !this.orNull) throw new Error('ItemNotFound: worksheet "' + this.sheetName + '"');
  }
  protected isNull(): boolean {
    return this.nullAtLoad;
  }
  get name(): string {
    this.need('name');
    return this.sheetName;
  }
  private call(member: string, detail?: unknown): void {
    this.fx.record({ kind: 'call', target: this.label, member, sheet: this.sheetName, detail }, typeof detail === 'string' ? detail.length : 0);
  }
  getRange(address?: string): XlRange {
    this.call('getRange', address);
    const area = address === undefined ? WHOLE_SHEET : parseAreaOrThrow(address);
    return new FakeRange(this.fx, this.sheetName, () => area, this.orNull);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    this.call('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount]);
    const area = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    return new FakeRange(this.fx, this.sheetName, () => area, this.orNull);
  }
  getRanges(address?: string): XlRangeAreas {
    this.call('getRanges', address);
    const list = address ?? '';
    const areas = list.split(',').map((a) => parseAreaOrThrow(a));
    return new FakeRangeAreas(this.fx, this.sheetName, () => areas, list);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    this.call('getUsedRangeOrNullObject', valuesOnly);
    return new FakeRange(this.fx, this.sheetName, () => this.fx.sheet(this.sheetName).usedArea(), true);
  }
  activate(): void {
    this.call('activate');
    this.fx.enqueue(() => {
      this.fx.sheet(this.sheetName);
      this.fx.activeSheet = this.sheetName;
    });
  }
}

/** Applies `f` to the stored cells of `areas` that exist (formats on empty cells are not kept). */
function eachCell(st: SheetState, areas: ReadonlyArray<AreaRef>, f: (cell: CellState) => void): void {
  for (const [k, cell] of st.cells) {
    const [r, c] = k.split(',').map((x) => Number(x));
    if (areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right)) f(cell);
  }
}

class FakeFormatTarget implements XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlFont;
  constructor(private readonly fx: FakeExcel, private readonly sheet: string, private readonly areas: () => AreaRef[], label: string) {
    const rec = (member: string, value: unknown, apply: (s: SheetState, a: AreaRef[]) => void): void => {
      this.fx.record({ kind: 'set', target: label + '.format', member, sheet, areas: this.areas(), detail: value });
      this.fx.enqueue(() => apply(this.fx.sheet(sheet), this.areas()));
    };
    let fontColor = '';
    let bold = false;
    const notLoaded = (member: string): never => {
      throw new Error('PropertyNotLoaded: ' + label + '.format.' + member);
    };
    const fill: XlRangeFill = {
      get color(): string {
        return notLoaded('fill.color');
      },
      set color(v: string) {
        rec('fill.color', v, (st, areas) => eachCell(st, areas, (cell) => {
          cell.fill = v;
        }));
      },
      clear(): void {
        rec('fill.clear', null, (st, areas) => eachCell(st, areas, (cell) => {
          cell.fill = null;
        }));
      },
    };
    this.fill = fill;
    this.font = {
      get color(): string {
        return notLoaded('font.color' + fontColor.slice(0, 0));
      },
      set color(v: string) {
        fontColor = v;
        rec('font.color', v, (st, areas) => eachCell(st, areas, (cell) => {
          cell.font = v;
        }));
      },
      get bold(): boolean {
        return notLoaded('font.bold' + String(bold).slice(0, 0));
      },
      set bold(v: boolean) {
        bold = v;
        rec('font.bold', v, (s, a) => s.bold.push(...a));
      },
    };
  }
  get columnWidth(): number {
    throw new Error('PropertyNotLoaded: columnWidth');
  }
  set columnWidth(v: number) {
    this.fx.record({ kind: 'set', target: 'range.format', member: 'columnWidth', sheet: this.sheet, areas: this.areas(), detail: v });
    this.fx.enqueue(() => {
      const s = this.fx.sheet(this.sheet);
      for (const a of this.areas()) for (let c = a.left; c <= a.right; c++) s.columnWidths.set(c, v);
    });
  }
}

/**
 * A conditional format. One made by `add()` is that format wherever it moves;
 * one loaded from a collection is found by its priority (its `id` when loaded)
 * each time a queued operation runs, as a stale id would be.
 */
class FakeConditionalFormat extends Loadable implements XlConditionalFormat {
  readonly cellValue: { readonly format: XlConditionalRangeFormat; rule: XlCellValueRule };
  readonly custom: { readonly format: XlConditionalRangeFormat; readonly rule: { formula: string } };
  readonly props: Record<string, unknown>;
  private snap: { id: string; type: string; formula: string | null } | null = null;
  constructor(fx: FakeExcel, private readonly sheet: string, private readonly state: () => CfState | undefined, initial?: { id: string; type: string; formula: string | null }) {
    super(fx, 'conditionalFormat');
    const found = state();
    const props: Record<string, unknown> = found !== undefined ? found.props : {};
    this.props = props;
    if (initial !== undefined) {
      this.snap = initial;
      this.loaded = new Set(['id', 'type', 'customOrNullObject']);
    }
    const rec = (member: string, v: unknown): void => {
      fx.record({ kind: 'set', target: 'conditionalFormat', member, sheet, detail: v });
      fx.enqueue(() => {
        const st = this.state();
        if (st === undefined) throw new Error('ItemNotFound: conditional format');
        st.props[member] = v;
      });
    };
    const notLoaded = (member: string): never => {
      throw new Error('PropertyNotLoaded: conditionalFormat.' + member);
    };
    this.cellValue = {
      format: new FakeCfFormat(rec, notLoaded, 'cellValue.format.'),
      get rule(): XlCellValueRule {
        return notLoaded('cellValue.rule');
      },
      set rule(v: XlCellValueRule) {
        rec('cellValue.rule', v);
      },
    };
    this.custom = {
      format: new FakeCfFormat(rec, notLoaded, 'custom.format.'),
      rule: {
        get formula(): string {
          return notLoaded('custom.rule.formula');
        },
        set formula(v: string) {
          rec('custom.rule.formula', v);
        },
      },
    };
  }
  protected resolve(): void {
    const st = this.state();
    if (st === undefined) throw new Error('ItemNotFound: conditional format');
    const f = st.props['custom.rule.formula'];
    this.snap = { id: String(this.fx.sheet(this.sheet).cfs.indexOf(st)), type: st.type, formula: st.type === 'Custom' && typeof f === 'string' ? f : null };
  }
  private loadedSnap(prop: string): { id: string; type: string; formula: string | null } {
    this.need(prop);
    if (this.snap === null) throw new Error('PropertyNotLoaded: conditionalFormat.' + prop);
    return this.snap;
  }
  get id(): string {
    return this.loadedSnap('id').id;
  }
  get type(): string {
    return this.loadedSnap('type').type;
  }
  get customOrNullObject(): { readonly isNullObject: boolean; readonly rule: { readonly formula: string } } {
    const snap = this.loadedSnap('customOrNullObject');
    return {
      isNullObject: snap.formula === null,
      rule: {
        get formula(): string {
          if (snap.formula === null) throw new Error('InvalidOperation: rule of a null object');
          return snap.formula;
        },
      },
    };
  }
  delete(): void {
    this.fx.record({ kind: 'call', target: 'conditionalFormat', member: 'delete', sheet: this.sheet });
    this.fx.enqueue(() => {
      const s = this.fx.sheet(this.sheet);
      const st = this.state();
      const i = st === undefined ? -1 : s.cfs.indexOf(st);
      if (i < 0) throw new Error('ItemNotFound: conditional format');
      s.cfs.splice(i, 1);
    });
  }
}

class FakeCfFormat implements XlConditionalRangeFormat {
  readonly fill: XlFill;
  readonly font: { color: string };
  constructor(rec: (member: string, v: unknown) => void, notLoaded: (member: string) => never, prefix: string) {
    this.fill = {
      get color(): string {
        return notLoaded(prefix + 'fill.color');
      },
      set color(v: string) {
        rec(prefix + 'fill.color', v);
      },
    };
    this.font = {
      get color(): string {
        return notLoaded(prefix + 'font.color');
      },
      set color(v: string) {
        rec(prefix + 'font.color', v);
      },
    };
  }
}

class FakeCfCollection extends Loadable implements XlConditionalFormatCollection {
  private loadedItems: XlConditionalFormat[] = [];
  constructor(fx: FakeExcel, private readonly sheet: string, private readonly areas: () => AreaRef[], label: string) {
    super(fx, label + '.conditionalFormats');
  }
  protected resolve(): void {
    const s = this.fx.sheet(this.sheet);
    const mine = this.areas();
    this.loadedItems = [];
    s.cfs.forEach((st, i) => {
      if (!st.areas.some((a) => mine.some((m) => intersects(a, m)))) return;
      const f = st.props['custom.rule.formula'];
      const id = String(i);
      // Found again by priority when an operation on it runs.
      this.loadedItems.push(new FakeConditionalFormat(this.fx, this.sheet, () => this.fx.sheet(this.sheet).cfs[Number(id)], { id, type: st.type, formula: st.type === 'Custom' && typeof f === 'string' ? f : null }));
    });
  }
  get items(): XlConditionalFormat[] {
    this.need('items');
    return this.loadedItems;
  }
  add(type: XlConditionalFormatType): XlConditionalFormat {
    this.fx.record({ kind: 'call', target: this.label, member: 'add', sheet: this.sheet, areas: this.areas(), detail: type });
    const st: CfState = { sheet: this.sheet, type, areas: this.areas(), props: {} };
    // The sheet may only be queued for creation (worksheets.add earlier in the same batch): Excel allows that, so look it up lazily.
    const cf = new FakeConditionalFormat(this.fx, this.sheet, () => (this.fx.hasSheet(this.sheet) && this.fx.sheet(this.sheet).cfs.indexOf(st) >= 0 ? st : undefined));
    // New formats go on top (priority 0): every other format's id goes up by one.
    this.fx.enqueue(() => {
      this.fx.sheet(this.sheet).cfs.unshift(st);
    });
    return cf;
  }
  clearAll(): void {
    this.fx.record({ kind: 'call', target: this.label, member: 'clearAll', sheet: this.sheet, areas: this.areas() });
    this.fx.enqueue(() => {
      const s = this.fx.sheet(this.sheet);
      const mine = this.areas();
      for (let i = s.cfs.length - 1; i >= 0; i--) if (s.cfs[i].areas.some((a) => mine.some((m) => intersects(a, m)))) s.cfs.splice(i, 1);
    });
  }
}

class FakeRange extends Loadable implements XlRange {
  private area: AreaRef | null = null;
  private data: { values: unknown[][]; text: string[][]; numberFormat: unknown[][]; valueTypes: string[][] } | null = null;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  constructor(fx: FakeExcel, private readonly sheet: string, private readonly locate: () => AreaRef | null, private readonly orNull: boolean) {
    super(fx, 'range(' + sheet + ')');
    const areas = (): AreaRef[] => {
      const a = this.locate();
      return a === null ? [] : [a];
    };
    this.format = new FakeFormatTarget(fx, sheet, areas, this.label);
    this.conditionalFormats = new FakeCfCollection(fx, sheet, areas, this.label);
  }
  protected resolve(): void {
    const sheet = this.fx.hasSheet(this.sheet) ? this.fx.sheet(this.sheet) : null;
    if (sheet === null) {
      if (this.orNull) {
        this.area = null;
        return;
      }
      throw new Error('ItemNotFound: worksheet "' + this.sheet + '"');
    }
    this.area = this.locate();
    if (this.area === null) {
      if (!this.orNull) throw new Error('ItemNotFound: range');
      return;
    }
    const a = this.area;
    const values: unknown[][] = [];
    const text: string[][] = [];
    const numberFormat: unknown[][] = [];
    const valueTypes: string[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const v: unknown[] = [];
      const t: string[] = [];
      const f: unknown[] = [];
      const ty: string[] = [];
      for (let c = a.left; c <= a.right; c++) {
        const cell = sheet.get(r, c);
        const value = cell === undefined || cell.value === null ? '' : cell.value;
        v.push(value);
        t.push(cell === undefined ? '' : cell.text ?? String(value));
        f.push(cell === undefined ? 'General' : cell.format);
        ty.push(cell === undefined || cell.value === null ? 'Empty' : cell.error ? 'Error' : typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String');
      }
      values.push(v);
      text.push(t);
      numberFormat.push(f);
      valueTypes.push(ty);
    }
    this.data = { values, text, numberFormat, valueTypes };
    for (const p of this.requested) {
      if (p === 'values' || p === 'text' || p === 'numberFormat' || p === 'valueTypes') this.fx.responseBytes += JSON.stringify(this.data[p]).length;
    }
  }
  protected isNull(): boolean {
    return this.area === null;
  }
  private loadedData(prop: string): NonNullable<FakeRange['data']> {
    this.need(prop);
    if (this.data === null) throw new Error('InvalidOperation: ' + prop + ' of a null object');
    return this.data;
  }
  get address(): string {
    this.need('address');
    if (this.area === null) throw new Error('InvalidOperation: address of a null object');
    return quoteSheet(this.sheet) + '!' + areaText(this.area);
  }
  get rowIndex(): number {
    this.need('rowIndex');
    return this.area === null ? 0 : this.area.top;
  }
  get columnIndex(): number {
    this.need('columnIndex');
    return this.area === null ? 0 : this.area.left;
  }
  get rowCount(): number {
    this.need('rowCount');
    return this.area === null ? 0 : this.area.bottom - this.area.top + 1;
  }
  get columnCount(): number {
    this.need('columnCount');
    return this.area === null ? 0 : this.area.right - this.area.left + 1;
  }
  get text(): string[][] {
    return this.loadedData('text').text;
  }
  get valueTypes(): string[][] {
    return this.loadedData('valueTypes').valueTypes;
  }
  get values(): unknown[][] {
    return this.loadedData('values').values;
  }
  set values(v: unknown[][]) {
    this.write('values', v);
  }
  get numberFormat(): unknown[][] {
    return this.loadedData('numberFormat').numberFormat;
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v);
  }
  private write(member: 'values' | 'numberFormat', v: unknown[][]): void {
    const area = this.locate();
    if (area === null) throw new Error('InvalidOperation: write to a null range');
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    if (!is2d(v) || v.length !== rows || v.some((r) => r.length !== cols)) {
      throw new Error('InvalidArgument: ' + member + ' must be ' + String(rows) + 'x' + String(cols));
    }
    this.fx.record({ kind: 'set', target: this.label, member, sheet: this.sheet, areas: [area] }, JSON.stringify(v).length);
    this.fx.enqueue(() => {
      const s = this.fx.sheet(this.sheet);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const x = v[r][c];
          if (x === null) continue; // Office.js: null leaves the cell as it is
          const prev = s.get(area.top + r, area.left + c);
          const cell: CellState = prev !== undefined ? { ...prev } : { value: null, error: false, text: '', format: 'General' };
          if (member === 'numberFormat') cell.format = String(x);
          else if (x === '') {
            cell.value = null;
            cell.text = '';
          } else if (typeof x === 'string') {
            const typed = cell.format === '@' ? { value: x, text: x } : parseTyped(x);
            cell.value = typed.value;
            cell.text = typed.text;
          } else if (typeof x === 'number' || typeof x === 'boolean') {
            cell.value = x;
            cell.text = String(x);
          } else throw new Error('InvalidArgument: value ' + String(x));
          s.set(area.top + r, area.left + c, cell);
        }
      }
    });
  }
  setCellProperties(cellPropertiesData: XlCellProperties[][]): void {
    const area = this.locate();
    if (area === null) throw new Error('InvalidOperation: write to a null range');
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    if (!is2d(cellPropertiesData) || cellPropertiesData.length !== rows || cellPropertiesData.some((r) => r.length !== cols)) {
      throw new Error('InvalidArgument: setCellProperties must be ' + String(rows) + 'x' + String(cols));
    }
    this.fx.record({ kind: 'set', target: this.label, member: 'setCellProperties', sheet: this.sheet, areas: [area] }, JSON.stringify(cellPropertiesData).length);
    this.fx.enqueue(() => {
      const s = this.fx.sheet(this.sheet);
      cellPropertiesData.forEach((row, r) =>
        row.forEach((p, c) => {
          const f = p.format;
          if (f === undefined) return;
          const prev = s.get(area.top + r, area.left + c);
          const cell: CellState = prev !== undefined ? { ...prev } : { value: null, error: false, text: '', format: 'General' };
          if (f.fill !== undefined && f.fill.color !== undefined) cell.fill = f.fill.color;
          if (f.font !== undefined && f.font.color !== undefined) cell.font = f.font.color;
          s.set(area.top + r, area.left + c, cell);
        }),
      );
    });
  }
  getMergedAreasOrNullObject(): XlRangeAreas {
    this.fx.record({ kind: 'call', target: this.label, member: 'getMergedAreasOrNullObject', sheet: this.sheet });
    const listAt = (): string => {
      const mine = this.locate();
      // Only merges whose top-left cell is in the range are returned (OfficeDev/office-js#3611).
      const merges = this.fx.sheet(this.sheet).merges.filter((m) => {
        const a = parseAreaOrThrow(m);
        return mine !== null && a.top >= mine.top && a.top <= mine.bottom && a.left >= mine.left && a.left <= mine.right;
      });
      // "If the merged areas count in this range is more than 512, then this method will fail to return the result."
      if (merges.length > MERGED_AREAS_LIMIT) throw officeError('GeneralException', 'getMergedAreasOrNullObject: ' + String(merges.length) + ' merged areas (more than ' + String(MERGED_AREAS_LIMIT) + ')');
      return merges.map((m) => quoteSheet(this.sheet) + '!' + m.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')).join(', ');
    };
    return new FakeRangeAreas(this.fx, this.sheet, () => [], null, listAt);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    this.fx.record({ kind: 'call', target: this.label, member: 'getUsedRangeOrNullObject', sheet: this.sheet, detail: valuesOnly });
    return new FakeRange(
      this.fx,
      this.sheet,
      () => {
        const mine = this.locate();
        return mine === null || !this.fx.hasSheet(this.sheet) ? null : this.fx.sheet(this.sheet).usedArea(mine);
      },
      true,
    );
  }
  clear(applyTo?: XlClearApplyTo): void {
    const area = this.locate();
    this.fx.record({ kind: 'call', target: this.label, member: 'clear', sheet: this.sheet, areas: area === null ? [] : [area], detail: applyTo });
    this.fx.enqueue(() => {
      const s = this.fx.sheet(this.sheet);
      const a = this.locate();
      if (a === null) return;
      for (const k of Array.from(s.cells.keys())) {
        const [r, c] = k.split(',').map((x) => Number(x));
        if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) s.cells.delete(k);
      }
    });
  }
  select(): void {
    this.fx.record({ kind: 'call', target: this.label, member: 'select', sheet: this.sheet });
    this.fx.enqueue(() => {
      const a = this.locate();
      this.fx.selection = a === null ? null : this.sheet + '!' + areaText(a);
    });
  }
}

class FakeRangeAreas extends Loadable implements XlRangeAreas {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  private addressText = '';
  constructor(fx: FakeExcel, sheet: string, areas: () => AreaRef[], address: string | null, private readonly computeAddress: (() => string) | null = null) {
    super(fx, 'rangeAreas(' + sheet + ')');
    this.addressText = address ?? '';
    this.format = new FakeFormatTarget(fx, sheet, areas, this.label);
    this.conditionalFormats = new FakeCfCollection(fx, sheet, areas, this.label);
  }
  protected resolve(): void {
    if (this.computeAddress !== null) this.addressText = this.computeAddress();
  }
  protected isNull(): boolean {
    return this.addressText === '';
  }
  get address(): string {
    this.need('address');
    return this.addressText;
  }
}

class FakeTables extends Loadable implements XlTableCollection {
  private snapshot: XlTable[] = [];
  constructor(fx: FakeExcel) {
    super(fx, 'tables');
  }
  protected resolve(): void {
    this.snapshot = this.fx.tables.map((t) => ({
      name: t.name,
      worksheet: { name: t.sheet },
      getRange: (): XlRange => {
        this.fx.record({ kind: 'call', target: 'table(' + t.name + ')', member: 'getRange' });
        return new FakeRange(this.fx, t.sheet, () => parseAreaOrThrow(t.address), false);
      },
    }));
  }
  get items(): XlTable[] {
    this.need('items');
    return this.snapshot;
  }
}
