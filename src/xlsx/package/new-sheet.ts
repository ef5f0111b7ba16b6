/**
 * The worksheet part of an owned sheet (contract 5: `Monthly roll-up`,
 * `Roll-up history`, `RAG history`), built whole from its SheetWrite: values,
 * bold rows, number formats, RAG colours (static fills through appended
 * styles, as the exceljs writer did) and column widths.
 */
import type { AreaRef } from '../../core/address';
import { RAG_FILLS, type AreaFormat, type SheetWrite, type WriteValue } from '../../core/writes';
import { isDateNumberFormat } from '../number-format';
import { cellXml, DAYS_1904 } from './patch-sheet';
import type { StyleBook, StyleChange } from './patch-styles';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A worksheet with no cells, for a column or cell write naming a sheet that does not exist. */
export const EMPTY_SHEET = sheetPart('', '');

export function ownedSheetXml(write: SheetWrite, styles: StyleBook, date1904: boolean): string {
  const bold = new Set(write.boldRows);
  const rows: string[] = [];
  write.rows.forEach((values, r) => {
    const cells: string[] = [];
    // The areas that touch this row, so each cell looks at a few, not at every area of the sheet.
    const formats = write.numberFormats.filter((f) => f.area.top <= r && r <= f.area.bottom);
    const rag = write.ragAreas.filter((a) => a.top <= r && r <= a.bottom);
    values.forEach((value, c) => {
      if (value === null) return;
      const change = changeAt(value, c, formats, rag, bold.has(r));
      const style = styles.derive(0, change);
      const shifted = date1904 && typeof value === 'number' && change.numberFormat !== undefined && isDateNumberFormat(change.numberFormat) ? value - DAYS_1904 : value;
      const text = cellXml('', r, c, shifted, style);
      if (text !== '') cells.push(text);
    });
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const widths = write.columnWidths
    .map((w, c) => (w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  return sheetPart(widths === '' ? '' : `<cols>${widths}</cols>`, rows.join(''));
}

/** Style change of one cell, given the number-format and RAG areas of its row (the last format area wins). */
function changeAt(value: WriteValue, c: number, formats: ReadonlyArray<AreaFormat>, rag: ReadonlyArray<AreaRef>, bold: boolean): StyleChange {
  let numberFormat: string | undefined;
  for (const f of formats) if (f.area.left <= c && c <= f.area.right) numberFormat = f.numberFormat;
  const colours = typeof value === 'string' && rag.some((a) => a.left <= c && c <= a.right) ? RAG_FILLS[value] : undefined;
  return { numberFormat, bold: bold ? true : undefined, rag: colours };
}

function sheetPart(cols: string, rows: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetFormatPr defaultRowHeight="15"/>${cols}` +
    `<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}
