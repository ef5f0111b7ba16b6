/**
 * Column widths: one conversion for both Excel adapters. `SheetWrite.columnWidths`
 * holds the OOXML `width` of a column (what exceljs writes for the command
 * line, and what Excel saves): ECMA-376 Part 1, 18.3.1.13 `col`, defines it in
 * characters of the maximum digit width including the 5 pixels of padding, and
 * converts it to pixels as
 *   Truncate(((256 * width + Truncate(128 / MDW)) / 256) * MDW)
 * (also in [MS-OI29500] 2.1.598). Office JS `format.columnWidth` and
 * ExcelScript `setColumnWidth` take points: pixels x 72/96 at 96 dpi. So the
 * add-in, the Office Scripts and the command line give a column the same width.
 */

/** Maximum digit width in pixels of Excel's default Normal font (Calibri or Aptos Narrow 11) at 96 dpi. */
export const MAX_DIGIT_WIDTH_PX = 7;

/** OOXML column width (characters) -> pixels (ECMA-376 18.3.1.13). */
export function columnWidthPixels(width: number): number {
  const mdw = MAX_DIGIT_WIDTH_PX;
  return Math.trunc(((256 * width + Math.trunc(128 / mdw)) / 256) * mdw);
}

/** OOXML column width (characters) -> points, for Office JS and ExcelScript. */
export function columnWidthPoints(width: number): number {
  return (columnWidthPixels(width) * 72) / 96;
}
