/**
 * The shared string table: plain text of each `<si>`, rich text runs joined,
 * phonetic guides (`<rPh>`) left out, Excel's `_xHHHH_` escapes decoded.
 */
import { parseXml, unescapeExcelText } from './xml';

export function readSharedStrings(bytes: Uint8Array | undefined): { readonly ok: true; readonly strings: ReadonlyArray<string> } | { readonly ok: false; readonly message: string } {
  const strings: string[] = [];
  if (bytes === undefined) return { ok: true, strings };
  let current = '';
  let inT = false;
  let phonetic = 0;
  const parsed = parseXml(bytes, {
    open: (name) => {
      if (name === 't') inT = phonetic === 0;
      else if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
    },
    close: (name) => {
      if (name === 't') inT = false;
      else if (name === 'si') strings.push(unescapeExcelText(current));
      else if (name === 'rPh') phonetic--;
    },
    text: (text) => {
      if (inT) current += text;
    },
  });
  return parsed.ok ? { ok: true, strings } : parsed;
}
