/**
 * New cell styles for the patching writer, APPENDED to styles.xml: a written
 * cell keeps its own style with only what the WritePlan asks changed (number
 * format, bold, RAG fill and font colour), as a new `xf` after the existing
 * ones (and new `numFmt`, `font`, `fill` entries after theirs). Existing
 * entries are never renumbered or changed, so every other cell looks as it
 * did. An identical entry already in the file is reused, so running the same
 * roll-up again does not grow the style sheet.
 */
import { applySplices, child, children, escapeAttr, parseSpans, prefixOf, withAttribute, type Splice, type XmlNode } from './patch-xml';

export interface RagColours {
  readonly fill: string;
  readonly font: string;
}

export interface StyleChange {
  /** Number format code; undefined keeps the base style's. */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  /** RAG colours, `clear` for no fill and the font's own colour, undefined to keep both. */
  readonly rag?: RagColours | 'clear';
}

export interface StyleBook {
  /** Style index of `base` with `change` applied (`base` itself when nothing changes). */
  derive(base: number, change: StyleChange): number;
  /** Number format code of a style (built-in ids give their code, `General` when unknown). */
  formatOf(style: number): string;
  /** The new styles.xml text, or null when nothing was appended. */
  text(): string | null;
}

/** Built-in formats written by id rather than as custom formats (ECMA-376 18.8.30). */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

const BUILT_IN_CODES: Readonly<Record<number, string>> = { 14: 'dd/mm/yyyy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 22: 'dd/mm/yyyy hh:mm' };

/** Elements of CT_Stylesheet in schema order, to place a missing list correctly. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The style sheet written into a package that has none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface List {
  readonly local: string;
  /** The list element, or null when the file has none (it is created on first append). */
  readonly node: XmlNode | null;
  /** Raw text of each entry, existing then appended. */
  readonly items: string[];
  readonly existing: number;
}

export type OpenedStyles = { readonly ok: true; readonly book: StyleBook } | { readonly ok: false; readonly message: string };

export function openStyleBook(xml: string): OpenedStyles {
  const parsed = parseSpans(xml, 3);
  if (!parsed.ok) return { ok: false, message: 'its style sheet (styles.xml) is not well-formed XML: ' + parsed.message };
  const root = parsed.root;
  const p = prefixOf(root);
  const list = (local: string, item: string): List => {
    const node = child(root, local) ?? null;
    const items = node === null ? [] : children(node, item).map((n) => xml.slice(n.start, n.end));
    return { local, node, items, existing: items.length };
  };
  const numFmts = list('numFmts', 'numFmt');
  const fonts = list('fonts', 'font');
  const fills = list('fills', 'fill');
  const cellXfs = list('cellXfs', 'xf');
  const numFmtNodes = numFmts.node === null ? [] : children(numFmts.node, 'numFmt');
  const codes = new Map<number, string>();
  for (const n of numFmtNodes) codes.set(Number(n.attrs.numFmtId), n.attrs.formatCode ?? 'General');
  const xfAttrs = (i: number): Record<string, string> => {
    const text = cellXfs.items[i];
    if (text === undefined) return {};
    const one = parseSpans(text, 1);
    return one.ok ? { ...one.root.attrs } : {};
  };

  const numFmtId = (code: string): number => {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    for (const [id, c] of codes) if (c === code) return id;
    let next = 164;
    for (const id of codes.keys()) next = Math.max(next, id + 1);
    codes.set(next, code);
    numFmts.items.push(`<${p}numFmt numFmtId="${next}" formatCode="${escapeAttr(code)}"/>`);
    return next;
  };
  const intern = (l: List, text: string): number => {
    const found = l.items.indexOf(text);
    if (found >= 0) return found;
    l.items.push(text);
    return l.items.length - 1;
  };
  const fontWith = (fontId: number, change: StyleChange): number => {
    const base = fonts.items[fontId] ?? fonts.items[0] ?? `<${p}font/>`;
    const parsedFont = parseSpans(base, 2);
    if (!parsedFont.ok) return fontId;
    const font = parsedFont.root;
    const splices: Splice[] = [];
    let add = '';
    if (change.bold === true && child(font, 'b') === undefined) add += `<${p}b/>`;
    if (change.rag !== undefined) {
      const colour = child(font, 'color');
      if (colour !== undefined) splices.push({ from: colour.start, to: colour.end, text: '' });
      if (change.rag !== 'clear') add += `<${p}color rgb="${argb(change.rag.font)}"/>`;
    }
    if (add === '' && splices.length === 0) return fontId;
    const text = font.selfClosing
      ? base.slice(0, base.length - 2).replace(/\s*$/, '') + '>' + add + `</${font.name}>`
      : applySplices(base, [...splices, { from: font.openEnd, to: font.openEnd, text: add }]);
    return text === base ? fontId : intern(fonts, text);
  };
  const fillFor = (rag: RagColours | 'clear'): number => {
    if (rag === 'clear') {
      const none = fills.items.findIndex((f) => /patternType\s*=\s*["']none["']/.test(f));
      return none >= 0 ? none : intern(fills, `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
    }
    const c = argb(rag.fill);
    return intern(fills, `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${c}"/><${p}bgColor rgb="${c}"/></${p}patternFill></${p}fill>`);
  };

  // A sheet has many cells and few distinct styles: each (base, change) and format is worked out once.
  const derived = new Map<string, number>();
  const formats = new Map<number, string>();
  function deriveOnce(base: number, change: StyleChange): number {
    const from = base >= 0 && base < cellXfs.items.length ? base : 0;
    const baseText = cellXfs.items[from] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const attrs = xfAttrs(from);
    let tag = openTagOf(baseText);
    const set = (name: string, value: number, apply: string): void => {
      if (attrs[name] === String(value)) return;
      tag = withAttribute(withAttribute(tag, name, String(value)), apply, '1');
    };
    if (change.numberFormat !== undefined) set('numFmtId', numFmtId(change.numberFormat), 'applyNumberFormat');
    if (change.bold === true || change.rag !== undefined) set('fontId', fontWith(Number(attrs.fontId ?? 0), change), 'applyFont');
    if (change.rag !== undefined) set('fillId', fillFor(change.rag), 'applyFill');
    const text = tag + baseText.slice(openTagOf(baseText).length);
    if (text === baseText) return from;
    return intern(cellXfs, text);
  }
  function formatOnce(style: number): string {
    const id = Number(xfAttrs(style).numFmtId ?? 0);
    const code = codes.get(id) ?? BUILT_IN_CODES[id];
    if (code !== undefined) return code;
    for (const name of Object.keys(BUILT_IN)) if (BUILT_IN[name] === id) return name;
    return 'General';
  }
  function textNow(): string | null {
    const changed = [numFmts, fonts, fills, cellXfs].filter((l) => l.items.length > l.existing);
    if (changed.length === 0) return null;
    const splices: Splice[] = [];
    for (const l of changed) {
      const added = l.items.slice(l.existing).join('');
      const count = String(l.items.length);
      if (l.node === null) {
        splices.push({ from: insertAt(root, xml, l.local), to: insertAt(root, xml, l.local), text: `<${p}${l.local} count="${count}">${added}</${p}${l.local}>` });
        continue;
      }
      const open = xml.slice(l.node.start, l.node.openEnd);
      if (l.node.selfClosing) {
        const tag = withAttribute(open, 'count', count);
        splices.push({ from: l.node.start, to: l.node.end, text: tag.slice(0, tag.length - 2).replace(/\s*$/, '') + '>' + added + `</${l.node.name}>` });
        continue;
      }
      splices.push({ from: l.node.start, to: l.node.openEnd, text: l.node.attrs.count !== undefined ? withAttribute(open, 'count', count) : open });
      const close = xml.lastIndexOf('</', l.node.end - 1);
      splices.push({ from: close, to: close, text: added });
    }
    return applySplices(xml, splices);
    }

  const book: StyleBook = {
    derive(base, change) {
      if (change.numberFormat === undefined && change.bold !== true && change.rag === undefined) return base;
      const key = base + '|' + JSON.stringify([change.numberFormat, change.bold, change.rag]);
      const known = derived.get(key);
      if (known !== undefined) return known;
      const made = deriveOnce(base, change);
      derived.set(key, made);
      return made;
    },
    formatOf(style) {
      const known = formats.get(style);
      if (known !== undefined) return known;
      const made = formatOnce(style);
      formats.set(style, made);
      return made;
    },
    text: textNow,
  };
  return { ok: true, book };
}

/** `<xf a="1">` of `<xf a="1"><alignment/></xf>` (or the whole `<xf/>`). */
function openTagOf(element: string): string {
  const parsed = parseSpans(element, 1);
  return parsed.ok ? element.slice(0, parsed.root.openEnd) : element;
}

/** Where a missing list goes: before the first later sibling in schema order, else at the end. */
function insertAt(root: XmlNode, xml: string, local: string): number {
  const later = ORDER.slice(ORDER.indexOf(local) + 1);
  const next = root.children.find((c) => later.includes(c.local));
  if (next !== undefined) return next.start;
  return xml.lastIndexOf('</', root.end - 1);
}

/** `#C6EFCE` -> `FFC6EFCE`. */
function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}
