/**
 * The part of the Excel JavaScript object model (Office.js) the adapter uses,
 * as structural interfaces. `Excel.RequestContext` satisfies `XlContext` (the
 * default runner in host.ts is type-checked against it), and the tests'
 * recording fake implements the same interfaces: the fake sits exactly at the
 * Office.js boundary and nowhere else.
 *
 * Property types are the widest the adapter needs (`unknown[][]` for values),
 * so Office's own `any[][]` fits without the adapter ever touching `any`.
 */

export interface XlLoadable {
  load(propertyNames: string): unknown;
}

export interface XlFill {
  color: string;
}

/** A fill that can also be removed (Range.format.fill, ExcelApi 1.1). */
export interface XlRangeFill extends XlFill {
  clear(): void;
}

/** One cell's settable properties for `Range.setCellProperties` (ExcelApi 1.9): the RAG colours. */
export interface XlCellProperties {
  readonly format?: { readonly fill?: { readonly color?: string }; readonly font?: { readonly color?: string } };
}

export interface XlFont {
  color: string;
  bold: boolean;
}

export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlFont;
  columnWidth: number;
}

export interface XlConditionalRangeFormat {
  readonly fill: XlFill;
  readonly font: { color: string };
}

export interface XlCellValueRule {
  formula1: string;
  operator: string;
}

export interface XlConditionalFormat extends XlLoadable {
  /** The format's priority in its collection (not a lasting name: it shifts as formats are added and deleted). */
  readonly id: string;
  readonly type: string;
  readonly cellValue: { readonly format: XlConditionalRangeFormat; rule: XlCellValueRule };
  readonly custom: { readonly format: XlConditionalRangeFormat; readonly rule: { formula: string } };
  readonly customOrNullObject: { readonly isNullObject: boolean; readonly rule: { readonly formula: string } };
  delete(): void;
}

export type XlConditionalFormatType = 'CellValue' | 'Custom';

export interface XlConditionalFormatCollection extends XlLoadable {
  readonly items: XlConditionalFormat[];
  add(type: XlConditionalFormatType): XlConditionalFormat;
  clearAll(): void;
}

export type XlClearApplyTo = 'All' | 'Formats' | 'Contents';

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly text: string[][];
  readonly valueTypes: string[][];
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  getMergedAreasOrNullObject(): XlRangeAreas;
  setCellProperties(cellPropertiesData: XlCellProperties[][]): void;
  /** The smallest range holding every used cell of this range (ExcelApi 1.4); a null object when none is. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  clear(applyTo?: XlClearApplyTo): void;
  select(): void;
}

export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
}

export interface XlWorksheet extends XlLoadable {
  readonly name: string;
  readonly isNullObject: boolean;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlTable {
  readonly name: string;
  readonly worksheet: { readonly name: string };
  getRange(): XlRange;
}

export interface XlTableCollection extends XlLoadable {
  readonly items: XlTable[];
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** `Excel.run`, or the tests' fake of it. */
export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;
