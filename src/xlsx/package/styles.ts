/**
 * The style sheet's number formats: cell style index (`<c s>`) -> format code,
 * built-in ids as exceljs names them (id 14 is `mm-dd-yy`, which
 * `normaliseFormat` shows as a UK short date) plus Excel's other built-ins.
 */
import { parseXml } from './xml';

/** ECMA-376 Part 1, 18.8.30: the built-in number formats (en-US names). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** The raw format code of each cell style index ('' for General); plain data, read with `formatOf`. */
export interface CellFormats {
  readonly byStyle: ReadonlyArray<string>;
}

/** The raw format code of style index `s` ('' for General or an unknown style). */
export function formatOf(formats: CellFormats, s: number): string {
  return s >= 0 && s < formats.byStyle.length ? formats.byStyle[s] : '';
}

export function readCellFormats(bytes: Uint8Array | undefined): { readonly ok: true; readonly formats: CellFormats } | { readonly ok: false; readonly message: string } {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  if (bytes !== undefined) {
    let inCellXfs = false;
    const parsed = parseXml(bytes, {
      open: (name, a) => {
        if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) xfFormatIds.push(a.numFmtId === undefined ? 0 : Number(a.numFmtId));
      },
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
    });
    if (!parsed.ok) return parsed;
  }
  const byStyle = xfFormatIds.map((id) => {
    const own = custom.get(id);
    if (own !== undefined) return own;
    const builtIn = BUILT_IN[id];
    return builtIn === undefined ? '' : builtIn;
  });
  return { ok: true, formats: { byStyle } };
}

/**
 * Whether a number format shows a date or time: a d, m, y, h or s code outside
 * quotes and brackets (the test exceljs applies, so both readers agree). Date
 * cells of a 1904-system workbook are moved to the 1900 system (snapshot.ts).
 */
export function isDateFormat(format: string): boolean {
  if (format === '') return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}
