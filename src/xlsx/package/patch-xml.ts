/**
 * Where each element of an XML part starts and ends, found with the saxes
 * streaming parser, so the patching writer can splice new text into a part and
 * keep every other character as it was. Also the few text helpers the writer
 * needs: escaping, and changing one attribute of a start tag already located
 * by the parser.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** Qualified name as written (`x:row` when the part uses a prefix). */
  readonly name: string;
  /** Name without its prefix. */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset just after the end tag (equals openEnd for `<x/>`). */
  end: number;
  readonly selfClosing: boolean;
  readonly children: XmlNode[];
  /** Direct text content (entities decoded). */
  text: string;
}

export type Parsed = { readonly ok: true; readonly root: XmlNode } | { readonly ok: false; readonly message: string };

/**
 * Parses `xml` into element spans. Elements deeper than `maxDepth` (root = 1)
 * are not kept (a sheet's cells are at depth 4, their formulas at 5).
 */
export function parseSpans(xml: string, maxDepth = 64): Parsed {
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  let tagStart = 0;
  let depth = 0;
  let failure: string | null = null;
  parser.on('opentagstart', () => {
    tagStart = xml.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > maxDepth) return;
    const attrs: Record<string, string> = {};
    for (const key of Object.keys(tag.attributes)) attrs[key] = String(tag.attributes[key]);
    const colon = tag.name.indexOf(':');
    const node: XmlNode = {
      name: tag.name,
      local: colon >= 0 ? tag.name.slice(colon + 1) : tag.name,
      attrs,
      start: tagStart,
      openEnd: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
      children: [],
      text: '',
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (text) => {
    if (depth <= maxDepth && stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    if (depth <= maxDepth) {
      const node = stack.pop();
      if (node !== undefined) node.end = parser.position;
    }
    depth--;
  });
  parser.on('error', (err) => {
    if (failure === null) failure = err.message;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (failure === null) failure = err instanceof Error ? err.message : String(err);
  }
  if (failure !== null) return { ok: false, message: String(failure).split('\n')[0] };
  if (root === null) return { ok: false, message: 'no root element' };
  return { ok: true, root };
}

export function child(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((c) => c.local === local);
}

export function children(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local);
}

/** The prefix (with its colon) the part uses for this element's namespace: `x:` or ``. */
export function prefixOf(node: XmlNode): string {
  return node.name.slice(0, node.name.length - node.local.length);
}

export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** Applies non-overlapping splices (any order); insertions at one offset keep their given order. */
export function applySplices(xml: string, splices: ReadonlyArray<Splice>): string {
  const ordered = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.from - b.s.from || a.s.to - b.s.to || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { s } of ordered) {
    out += xml.slice(at, s.from) + s.text;
    at = Math.max(at, s.to);
  }
  return out + xml.slice(at);
}

/**
 * The start tag `openTag` (as written, e.g. `<row r="3" ht="20">`) with one
 * attribute set (replaced where present, added before the end otherwise) or
 * removed (`value` null). The rest of the tag is kept character for character.
 */
export function withAttribute(openTag: string, name: string, value: string | null): string {
  const pattern = new RegExp('(\\s)' + name.replace(/[.:]/g, '\\$&') + '\\s*=\\s*("[^"]*"|\'[^\']*\')');
  const found = pattern.exec(openTag);
  if (found !== null) {
    const before = openTag.slice(0, found.index);
    const after = openTag.slice(found.index + found[0].length);
    return value === null ? before + after : before + found[1] + name + '="' + escapeAttr(value) + '"' + after;
  }
  if (value === null) return openTag;
  const close = openTag.endsWith('/>') ? openTag.length - 2 : openTag.length - 1;
  return openTag.slice(0, close).replace(/\s*$/, '') + ' ' + name + '="' + escapeAttr(value) + '"' + openTag.slice(close);
}

/** Characters XML 1.0 does not allow at all (OOXML writes them as `_xHHHH_`). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Cell text for `<t>`: markup characters escaped, characters XML cannot hold
 * written as OOXML `_xHHHH_` escapes, and an `_x` that would read as one
 * escaped itself (`_x005F_`), so Excel shows exactly the text given.
 */
export function escapeCellText(text: string): string {
  const guarded = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  return escapeText(guarded.replace(FORBIDDEN, (ch) => '_x' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '_'));
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(FORBIDDEN, '');
}

/** UTF-8 bytes -> text, keeping a byte-order mark so the part re-encodes to the same bytes; null when not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
