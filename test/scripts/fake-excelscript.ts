/**
 * An in-memory ExcelScript.Workbook for running the generated Office Scripts
 * in Node. It is loaded from a real .xlsx (through src/xlsx, the same reader
 * the command line uses), implements the subset in scripts/office/excelscript.d.ts,
 * behaves like Excel where it matters to the scripts (getUsedRange is
 * undefined on an empty sheet; setValues turns number- or date-like text into
 * numbers unless the cell is Text-formatted `@`, and refuses formulas;
 * setValues/setNumberFormats refuse a matrix of another size than the range;
 * getMergedAreas fails above 512 merged areas; a call whose request or
 * response is over 5 MB fails with the message Excel gives, "The response
 * payload size has exceeded the limit" / "The request payload size has
 * exceeded the limit" (Office Scripts platform limits: "Requests and responses
 * are limited to 5MB")), and counts every API call and the size of each
 * request and response. Office Scripts have no load/sync: every call is its
 * own round trip, so there is no unloaded property to read.
 */
import { a1, columnLetters, parseArea } from '../../src/core/address';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { isCellError } from '../../src/core/snapshot';
import { serialFromYmd } from '../../src/core/calendar';

/** The runtime values of the ExcelScript enums the scripts use (the same strings as in the declaration). */
export const EXCELSCRIPT_RUNTIME = {
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks' },
  RangeValueType: { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue' },
  ConditionalFormatType: { custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue' },
  ConditionalCellValueOperator: { invalid: 'Invalid', between: 'Between', notBetween: 'NotBetween', equalTo: 'EqualTo', notEqualTo: 'NotEqualTo', greaterThan: 'GreaterThan', lessThan: 'LessThan', greaterThanOrEqual: 'GreaterThanOrEqual', lessThanOrEqual: 'LessThanOrEqual' },
} as const;

export interface CallLog {
  total: number;
  byMethod: Record<string, number>;
  /** Largest JSON size of one matrix read or write, in bytes (Excel on the web refuses more than 5 MB). */
  maxPayloadBytes: number;
  /** Calls refused for their size. */
  refused: number;
}

export function newCallLog(): CallLog {
  return { total: 0, byMethod: {}, maxPayloadBytes: 0, refused: 0 };
}

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

interface FakeCell {
  value: string | number | boolean;
  error: boolean;
  text: string;
  format: string;
  bold: boolean;
  fill: string | null;
}

interface ConditionalRule {
  readonly area: string;
  formula1: string;
  operator: string;
  fill: string | null;
  font: string | null;
}

class SheetData {
  readonly cells = new Map<string, FakeCell>();
  merges: string[] = [];
  readonly conditional: ConditionalRule[] = [];
  readonly widths: Record<number, number> = {};
  constructor(public name: string) {}
  key(r: number, c: number): string {
    return String(r) + ',' + String(c);
  }
  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  ensure(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (cell === undefined) {
      cell = { value: '', error: false, text: '', format: 'General', bold: false, fill: null };
      this.cells.set(k, cell);
    }
    return cell;
  }
  hasValue(cell: FakeCell | undefined): boolean {
    return cell !== undefined && (cell.error || cell.value !== '');
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

function bytes(x: unknown): number {
  return JSON.stringify(x).length;
}

export class FakeWorkbook implements ExcelScript.Workbook {
  readonly sheets: SheetData[] = [];
  readonly tables: Array<{ name: string; sheet: SheetData; address: string }> = [];
  /** Bytes of one request or response Excel accepts (tests may lower it). */
  payloadLimit = PAYLOAD_LIMIT_BYTES;

  constructor(readonly log: CallLog = newCallLog()) {}

  /** Loads every sheet and table of a snapshot (made with src/xlsx from a real .xlsx). */
  static fromSnapshot(snapshot: WorkbookSnapshot, log?: CallLog): FakeWorkbook {
    const wb = new FakeWorkbook(log);
    for (const s of snapshot.sheets) {
      const data = new SheetData(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.value === null) return;
          const fc = data.ensure(r, c);
          fc.error = isCellError(cell.value);
          fc.value = isCellError(cell.value) ? cell.value.error : (cell.value as string | number | boolean);
          fc.text = cell.text;
          fc.format = cell.format;
        }),
      );
      data.merges = s.merges.slice();
      wb.sheets.push(data);
    }
    for (const t of snapshot.tables) {
      const sheet = wb.sheets.find((s) => s.name === t.sheet);
      if (sheet !== undefined) wb.tables.push({ name: t.name, sheet, address: t.address });
    }
    return wb;
  }

  count(method: string): void {
    this.log.total++;
    this.log.byMethod[method] = (this.log.byMethod[method] || 0) + 1;
  }

  /** Records one call's request or response size; over the limit the call fails as in Excel. */
  payload(n: number, kind: 'request' | 'response' = 'response'): void {
    if (n > this.payloadLimit) {
      this.log.refused++;
      throw new Error('The ' + kind + ' payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.');
    }
    if (n > this.log.maxPayloadBytes) this.log.maxPayloadBytes = n;
  }

  /** The stored value of every non-blank cell of a sheet, as the engine would see it (for comparisons). */
  sheetValues(name: string): Map<string, CellValue> {
    const sheet = this.sheets.find((s) => s.name === name);
    const out = new Map<string, CellValue>();
    if (sheet === undefined) return out;
    for (const [k, cell] of sheet.cells) {
      if (!sheet.hasValue(cell)) continue;
      const [r, c] = k.split(',').map((x) => Number(x));
      out.set(a1(r, c), cell.error ? { error: String(cell.value) } : cell.value);
    }
    return out;
  }

  sheetData(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getName(): string {
    this.count('Workbook.getName');
    return 'fake.xlsx';
  }
  getWorksheets(): ExcelScript.Worksheet[] {
    this.count('Workbook.getWorksheets');
    return this.sheets.map((s) => new FakeWorksheet(this, s));
  }
  getWorksheet(key: string): ExcelScript.Worksheet | undefined {
    this.count('Workbook.getWorksheet');
    const s = this.sheets.find((x) => x.name.toLowerCase() === key.toLowerCase());
    return s === undefined ? undefined : new FakeWorksheet(this, s);
  }
  addWorksheet(name?: string): ExcelScript.Worksheet {
    this.count('Workbook.addWorksheet');
    const n = name === undefined ? 'Sheet' + String(this.sheets.length + 1) : name;
    if (this.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) throw new Error('A worksheet named ' + n + ' already exists');
    const s = new SheetData(n);
    this.sheets.push(s);
    return new FakeWorksheet(this, s);
  }
  getTables(): ExcelScript.Table[] {
    this.count('Workbook.getTables');
    return this.tables.map((t) => new FakeTable(this, t.name, t.sheet, t.address));
  }
}

class FakeTable implements ExcelScript.Table {
  constructor(private wb: FakeWorkbook, private name: string, private sheet: SheetData, private address: string) {}
  getName(): string {
    this.wb.count('Table.getName');
    return this.name;
  }
  getWorksheet(): ExcelScript.Worksheet {
    this.wb.count('Table.getWorksheet');
    return new FakeWorksheet(this.wb, this.sheet);
  }
  getRange(): ExcelScript.Range {
    this.wb.count('Table.getRange');
    const a = parseArea(this.address);
    if (a === null) throw new Error('bad table address ' + this.address);
    return new FakeRange(this.wb, this.sheet, a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
  }
}

class FakeWorksheet implements ExcelScript.Worksheet {
  constructor(private wb: FakeWorkbook, private data: SheetData) {}
  getName(): string {
    this.wb.count('Worksheet.getName');
    return this.data.name;
  }
  getPosition(): number {
    this.wb.count('Worksheet.getPosition');
    return this.wb.sheets.indexOf(this.data);
  }
  getRange(address?: string): ExcelScript.Range {
    this.wb.count('Worksheet.getRange');
    if (address === undefined) return new FakeRange(this.wb, this.data, 0, 0, 1048576, 16384);
    const a = parseArea(address);
    if (a === null) throw new Error('bad address ' + address);
    return new FakeRange(this.wb, this.data, a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelScript.Range {
    this.wb.count('Worksheet.getRangeByIndexes');
    if (rowCount < 1 || columnCount < 1) throw new Error('getRangeByIndexes: empty range');
    return new FakeRange(this.wb, this.data, startRow, startColumn, rowCount, columnCount);
  }
  getUsedRange(valuesOnly?: boolean): ExcelScript.Range {
    this.wb.count('Worksheet.getUsedRange');
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.data.cells) {
      if (valuesOnly === true && !this.data.hasValue(cell)) continue;
      const [r, c] = k.split(',').map((x) => Number(x));
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (bottom < 0) return undefined as unknown as ExcelScript.Range; // Office Scripts: undefined when the sheet is blank
    return new FakeRange(this.wb, this.data, top, left, bottom - top + 1, right - left + 1);
  }
  getTables(): ExcelScript.Table[] {
    this.wb.count('Worksheet.getTables');
    return this.wb.tables.filter((t) => t.sheet === this.data).map((t) => new FakeTable(this.wb, t.name, t.sheet, t.address));
  }
}

function looksNumeric(text: string): boolean {
  return /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text);
}

class FakeRange implements ExcelScript.Range {
  constructor(
    private wb: FakeWorkbook,
    private data: SheetData,
    private top: number,
    private left: number,
    private rows: number,
    private cols: number,
  ) {}
  private each<T>(f: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.cols; j++) row.push(f(this.data.get(this.top + i, this.left + j), this.top + i, this.left + j));
      out.push(row);
    }
    return out;
  }
  private localAddress(): string {
    const first = a1(this.top, this.left);
    return this.rows === 1 && this.cols === 1 ? first : first + ':' + columnLetters(this.left + this.cols - 1) + String(this.top + this.rows);
  }
  getAddress(): string {
    this.wb.count('Range.getAddress');
    return quoteSheet(this.data.name) + '!' + this.localAddress();
  }
  getRowIndex(): number {
    this.wb.count('Range.getRowIndex');
    return this.top;
  }
  getColumnIndex(): number {
    this.wb.count('Range.getColumnIndex');
    return this.left;
  }
  getRowCount(): number {
    this.wb.count('Range.getRowCount');
    return this.rows;
  }
  getColumnCount(): number {
    this.wb.count('Range.getColumnCount');
    return this.cols;
  }
  getValues(): (string | number | boolean)[][] {
    this.wb.count('Range.getValues');
    const out = this.each((cell) => (cell === undefined ? '' : cell.value));
    this.wb.payload(bytes(out));
    return out;
  }
  getTexts(): string[][] {
    this.wb.count('Range.getTexts');
    const out = this.each((cell) => (cell === undefined || !this.data.hasValue(cell) ? '' : cell.text));
    this.wb.payload(bytes(out));
    return out;
  }
  getValueTypes(): ExcelScript.RangeValueType[][] {
    this.wb.count('Range.getValueTypes');
    const T = EXCELSCRIPT_RUNTIME.RangeValueType;
    const out = this.each((cell) => {
      if (cell === undefined || !this.data.hasValue(cell)) return T.empty;
      if (cell.error) return T.error;
      if (typeof cell.value === 'number') return T.double;
      if (typeof cell.value === 'boolean') return T.boolean;
      return T.string;
    }) as unknown as ExcelScript.RangeValueType[][];
    this.wb.payload(bytes(out));
    return out;
  }
  getNumberFormats(): string[][] {
    this.wb.count('Range.getNumberFormats');
    const out = this.each((cell) => (cell === undefined ? 'General' : cell.format));
    this.wb.payload(bytes(out));
    return out;
  }
  setNumberFormats(numberFormats: string[][]): void {
    this.wb.count('Range.setNumberFormats');
    this.checkShape(numberFormats);
    this.wb.payload(bytes(numberFormats), 'request');
    numberFormats.forEach((row, i) => row.forEach((f, j) => {
      this.data.ensure(this.top + i, this.left + j).format = f;
    }));
  }
  setValues(values: (string | number | boolean)[][]): void {
    this.wb.count('Range.setValues');
    this.checkShape(values);
    this.wb.payload(bytes(values), 'request');
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = this.data.ensure(this.top + i, this.left + j);
        cell.error = false;
        if (typeof v === 'string' && cell.format !== '@' && v !== '') {
          // What Excel does with text set into a General cell.
          if (/^[=+-]/.test(v) && !looksNumeric(v)) throw new Error('Excel would read "' + v + '" at ' + a1(this.top + i, this.left + j) + ' as a formula');
          const ym = /^(\d{4})-(\d{2})$/.exec(v);
          if (looksNumeric(v)) {
            cell.value = Number(v);
          } else if (ym !== null) {
            cell.value = serialFromYmd(Number(ym[1]), Number(ym[2]), 1);
          } else {
            cell.value = v;
          }
        } else {
          cell.value = v;
        }
        cell.text = String(cell.value);
      }),
    );
  }
  private checkShape(m: ReadonlyArray<ReadonlyArray<unknown>>): void {
    if (m.length !== this.rows || m.some((r) => r.length !== this.cols)) {
      throw new Error(`matrix ${m.length}x${m[0] === undefined ? 0 : m[0].length} does not fit range ${this.localAddress()}`);
    }
  }
  getMergedAreas(): ExcelScript.RangeAreas {
    this.wb.count('Range.getMergedAreas');
    const inside = this.data.merges.filter((m) => {
      const a = parseArea(m);
      return a !== null && a.bottom >= this.top && a.top < this.top + this.rows && a.right >= this.left && a.left < this.left + this.cols;
    });
    if (inside.length === 0) return undefined as unknown as ExcelScript.RangeAreas;
    if (inside.length > 512) throw new Error('getMergedAreas: more than 512 merged areas');
    return new FakeRangeAreas(this.wb, this.data, inside);
  }
  getFormat(): ExcelScript.RangeFormat {
    this.wb.count('Range.getFormat');
    return new FakeRangeFormat(this.wb, this.data, this.top, this.left, this.rows, this.cols);
  }
  clear(applyTo?: ExcelScript.ClearApplyTo): void {
    this.wb.count('Range.clear');
    if (applyTo !== undefined && applyTo !== (EXCELSCRIPT_RUNTIME.ClearApplyTo.all as unknown as ExcelScript.ClearApplyTo)) throw new Error('fake: only clear(all)');
    for (const k of Array.from(this.data.cells.keys())) {
      const [r, c] = k.split(',').map((x) => Number(x));
      if (r >= this.top && r < this.top + this.rows && c >= this.left && c < this.left + this.cols) this.data.cells.delete(k);
    }
  }
  clearAllConditionalFormats(): void {
    this.wb.count('Range.clearAllConditionalFormats');
    this.data.conditional.splice(0, this.data.conditional.length);
  }
  addConditionalFormat(type: ExcelScript.ConditionalFormatType): ExcelScript.ConditionalFormat {
    this.wb.count('Range.addConditionalFormat');
    const rule: ConditionalRule = { area: this.localAddress(), formula1: '', operator: '', fill: null, font: null };
    this.data.conditional.push(rule);
    return new FakeConditionalFormat(this.wb, rule, String(type));
  }
}

class FakeRangeAreas implements ExcelScript.RangeAreas {
  constructor(private wb: FakeWorkbook, private data: SheetData, private areas: string[]) {}
  getAddress(): string {
    this.wb.count('RangeAreas.getAddress');
    return this.areas.map((a) => quoteSheet(this.data.name) + '!' + a).join(', ');
  }
  getAreaCount(): number {
    this.wb.count('RangeAreas.getAreaCount');
    return this.areas.length;
  }
  getAreas(): ExcelScript.Range[] {
    this.wb.count('RangeAreas.getAreas');
    return this.areas.map((a) => {
      const p = parseArea(a);
      if (p === null) throw new Error('bad area');
      return new FakeRange(this.wb, this.data, p.top, p.left, p.bottom - p.top + 1, p.right - p.left + 1);
    });
  }
}

class FakeRangeFormat implements ExcelScript.RangeFormat {
  constructor(private wb: FakeWorkbook, private data: SheetData, private top: number, private left: number, private rows: number, private cols: number) {}
  private cells(f: (c: FakeCell) => void): void {
    for (let i = 0; i < Math.min(this.rows, 100000); i++) for (let j = 0; j < Math.min(this.cols, 1000); j++) f(this.data.ensure(this.top + i, this.left + j));
  }
  setColumnWidth(columnWidth: number): void {
    this.wb.count('RangeFormat.setColumnWidth');
    for (let j = 0; j < this.cols; j++) this.data.widths[this.left + j] = columnWidth;
  }
  getFill(): ExcelScript.RangeFill {
    this.wb.count('RangeFormat.getFill');
    return {
      setColor: (color: string): void => {
        this.wb.count('RangeFill.setColor');
        this.cells((c) => {
          c.fill = color;
        });
      },
    };
  }
  getFont(): ExcelScript.RangeFont {
    this.wb.count('RangeFormat.getFont');
    return {
      setBold: (bold: boolean): void => {
        this.wb.count('RangeFont.setBold');
        this.cells((c) => {
          c.bold = bold;
        });
      },
      setColor: (): void => {
        this.wb.count('RangeFont.setColor');
      },
    };
  }
}

class FakeConditionalFormat implements ExcelScript.ConditionalFormat {
  constructor(private wb: FakeWorkbook, private rule: ConditionalRule, private type: string) {}
  getCellValue(): ExcelScript.CellValueConditionalFormat | undefined {
    this.wb.count('ConditionalFormat.getCellValue');
    if (this.type !== EXCELSCRIPT_RUNTIME.ConditionalFormatType.cellValue) return undefined;
    const wb = this.wb;
    const rule = this.rule;
    return {
      setRule: (r: ExcelScript.ConditionalCellValueRule): void => {
        wb.count('CellValueConditionalFormat.setRule');
        rule.formula1 = r.formula1;
        rule.operator = String(r.operator);
      },
      getFormat: (): ExcelScript.ConditionalRangeFormat => {
        wb.count('CellValueConditionalFormat.getFormat');
        return {
          getFill: () => {
            wb.count('ConditionalRangeFormat.getFill');
            return { setColor: (color: string): void => { wb.count('ConditionalRangeFill.setColor'); rule.fill = color; } };
          },
          getFont: () => {
            wb.count('ConditionalRangeFormat.getFont');
            return { setColor: (color: string): void => { wb.count('ConditionalRangeFont.setColor'); rule.font = color; } };
          },
        };
      },
    };
  }
}

/** The conditional formatting rules a sheet holds (area, `="Red"`, fill). */
export function conditionalRules(wb: FakeWorkbook, sheet: string): ReadonlyArray<ConditionalRule> {
  const s = wb.sheetData(sheet);
  return s === undefined ? [] : s.conditional;
}
