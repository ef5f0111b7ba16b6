/**
 * What the engine asks an adapter to write (contract section 5). Adapters
 * (the .xlsx, Office and Office Scripts ones) apply a WritePlan as it is; they never
 * decide what to write, and never write anything that is not in it.
 */
import type { AreaRef } from './address';

export type WriteValue = string | number | null;

/** An owned column: header cell plus one value per data row, written as one block. */
export interface ColumnWrite {
  readonly sheet: string;
  /** 0-based column; past the table's last column when the owned column is new. */
  readonly col: number;
  readonly headerRow: number;
  readonly header: string;
  /** True when the column did not exist and is appended to the right of the table. */
  readonly isNew: boolean;
  /** 0-based row of values[0] (the row under the header). */
  readonly firstRow: number;
  readonly values: ReadonlyArray<WriteValue>;
  /** Number format for the value cells (e.g. `0%`, `mmm yyyy`), null to leave `General`. */
  readonly numberFormat: string | null;
  /**
   * Optional per-row number formats, parallel to `values`; where present and not
   * null it wins over `numberFormat` for that cell (e.g. `Latest` is `0.0%` on
   * `%` measure rows and `General` on count rows). Added by the write-back part.
   */
  readonly numberFormats?: ReadonlyArray<string | null>;
  /** True when the values are RAG words and the cells should be coloured by them. */
  readonly rag: boolean;
}

export interface AreaFormat {
  readonly area: AreaRef;
  readonly numberFormat: string;
}

/** An owned sheet, replaced whole (created when missing). */
export interface SheetWrite {
  readonly sheet: string;
  readonly rows: ReadonlyArray<ReadonlyArray<WriteValue>>;
  /** 0-based rows to show bold (titles and header rows). */
  readonly boldRows: ReadonlyArray<number>;
  readonly numberFormats: ReadonlyArray<AreaFormat>;
  /** Areas whose cells hold RAG words and should be coloured by them. */
  readonly ragAreas: ReadonlyArray<AreaRef>;
  /** Suggested column widths in characters, by column. */
  readonly columnWidths: ReadonlyArray<number>;
}

/** One cell (CSV import of monthly values; the `As of` setting). */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly value: WriteValue;
  readonly numberFormat: string | null;
}

export interface WritePlan {
  readonly columns: ReadonlyArray<ColumnWrite>;
  readonly sheets: ReadonlyArray<SheetWrite>;
  readonly cells: ReadonlyArray<CellWrite>;
}

/** Fill colours for RAG words, shared by every adapter so all faces look alike. */
/** How the product shows a `%` measure's value it writes (a fraction, contract 4.3): `62.0%`. */
export const PERCENT_FORMAT = '0.0%';

export const RAG_FILLS: Readonly<Record<string, { readonly fill: string; readonly font: string }>> = {
  Blue: { fill: '#BDD7EE', font: '#1F3864' },
  Green: { fill: '#C6EFCE', font: '#006100' },
  Amber: { fill: '#FFEB9C', font: '#7F4F00' },
  Red: { fill: '#FFC7CE', font: '#9C0006' },
  Grey: { fill: '#D9D9D9', font: '#3A3A3A' },
};
