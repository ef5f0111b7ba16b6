/**
 * The shared string table: plain text of each `<si>`, rich text runs joined,
 * phonetic guides (`<rPh>`) left out, Excel's `_xHHHH_` escapes decoded.
 */
import { parseXml, unescapeExcelText, type XmlHandlers } from './xml';

interface StringsState {
  readonly strings: string[];
  current: string;
  inT: boolean;
  phonetic: number;
}

// Module-level handlers over one state (no closures per read): the table can hold a string per cell.
const EVENTS: XmlHandlers<StringsState> = {
  open: (name, _a, st) => {
    if (name === 't') st.inT = st.phonetic === 0;
    else if (name === 'si') st.current = '';
    else if (name === 'rPh') st.phonetic++;
  },
  close: (name, st) => {
    if (name === 't') st.inT = false;
    else if (name === 'si') st.strings.push(unescapeExcelText(st.current));
    else if (name === 'rPh') st.phonetic--;
  },
  text: (text, st) => {
    if (st.inT) st.current += text;
  },
};

export function readSharedStrings(bytes: Uint8Array | undefined): { readonly ok: true; readonly strings: ReadonlyArray<string> } | { readonly ok: false; readonly message: string } {
  const state: StringsState = { strings: [], current: '', inT: false, phonetic: 0 };
  if (bytes === undefined) return { ok: true, strings: state.strings };
  const parsed = parseXml(bytes, EVENTS, state);
  return parsed.ok ? { ok: true, strings: state.strings } : parsed;
}
