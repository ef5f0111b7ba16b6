/**
 * The worksheet part of an owned sheet (contract 5: `Monthly roll-up`,
 * `Roll-up history`, `RAG history`), built whole from its SheetWrite: values,
 * bold rows, number formats, RAG colours (static fills through appended
 * styles, as the exceljs writer did) and column widths.
 */
import { RAG_FILLS, type SheetWrite } from '../../core/writes';
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
    values.forEach((value, c) => {
      if (value === null) return;
      const change = changeAt(write, r, c, bold.has(r));
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

function changeAt(write: SheetWrite, r: number, c: number, bold: boolean): StyleChange {
  const inArea = (a: { top: number; left: number; bottom: number; right: number }): boolean => a.top <= r && r <= a.bottom && a.left <= c && c <= a.right;
  let numberFormat: string | undefined;
  for (const f of write.numberFormats) if (inArea(f.area)) numberFormat = f.numberFormat;
  const value = write.rows[r][c];
  const colours = typeof value === 'string' && write.ragAreas.some((a) => inArea(a)) ? RAG_FILLS[value] : undefined;
  return { numberFormat, bold: bold ? true : undefined, rag: colours };
}

function sheetPart(cols: string, rows: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetFormatPr defaultRowHeight="15"/>${cols}` +
    `<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}
