/**
 * Package-level edits for the patching writer: finding the workbook, its
 * sheets and style sheet through the relationships (OPC), and the small edits
 * a new sheet needs in workbook.xml, its relationships, [Content_Types].xml
 * and docProps/app.xml. Every edit is a splice: the rest of each part is kept.
 */
import { applySplices, child, children, decodeUtf8, escapeAttr, parseSpans, prefixOf, withAttribute, type Splice, type XmlNode } from './patch-xml';

export const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

/** The parts of a package by name, with edits collected before the package is zipped again. */
export interface PartStore {
  /** Text of a part (as edited so far), null when absent or not UTF-8. */
  text(name: string): string | null;
  /** The part's name as stored (OPC names are case-insensitive), or null. */
  find(name: string): string | null;
  set(name: string, text: string): void;
  remove(name: string): void;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved part name (no leading `/`), or the target as written for external targets. */
  readonly part: string;
  readonly external: boolean;
}

/** `xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsNameOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return part.slice(0, slash + 1) + '_rels/' + part.slice(slash + 1) + '.rels';
}

export function readRelationships(store: PartStore, part: string): Relationship[] {
  const text = store.text(relsNameOf(part));
  if (text === null) return [];
  const parsed = parseSpans(text, 2);
  if (!parsed.ok) return [];
  return children(parsed.root, 'Relationship').map((r) => {
    const external = r.attrs.TargetMode === 'External';
    const target = r.attrs.Target ?? '';
    return { id: r.attrs.Id ?? '', type: r.attrs.Type ?? '', part: external ? target : resolvePart(part, target), external };
  });
}

/** A relationship target relative to its source part, as a part name without a leading `/`. */
export function resolvePart(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** `xl/workbook.xml` and `xl/worksheets/sheet4.xml` -> `worksheets/sheet4.xml`. */
function relativeTarget(source: string, part: string): string {
  const dir = source.split('/').slice(0, -1).join('/');
  return dir !== '' && part.startsWith(dir + '/') ? part.slice(dir.length + 1) : '/' + part;
}

/** Adds a relationship to `source`'s rels part and returns its id. */
export function addRelationship(store: PartStore, source: string, type: string, part: string): string {
  const relsName = relsNameOf(source);
  const existing = store.find(relsName);
  const text = existing === null ? null : store.text(existing);
  const taken = new Set(readRelationships(store, source).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has('rId' + n)) n++;
  const id = 'rId' + n;
  const entry = (p: string): string => `<${p}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(source, part))}"/>`;
  if (text === null) {
    store.set(relsName, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + entry('') + '</Relationships>');
    return id;
  }
  const parsed = parseSpans(text, 1);
  if (!parsed.ok) return id;
  store.set(existing ?? relsName, appendChild(text, parsed.root, entry(prefixOf(parsed.root))));
  return id;
}

/** Removes the relationship(s) of `source` pointing at `part`. */
export function removeRelationshipsTo(store: PartStore, source: string, part: string): void {
  const relsName = store.find(relsNameOf(source));
  const text = relsName === null ? null : store.text(relsName);
  if (relsName === null || text === null) return;
  const parsed = parseSpans(text, 2);
  if (!parsed.ok) return;
  const splices: Splice[] = children(parsed.root, 'Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External' && resolvePart(source, r.attrs.Target ?? '').toLowerCase() === part.toLowerCase())
    .map((r) => ({ from: r.start, to: r.end, text: '' }));
  if (splices.length > 0) store.set(relsName, applySplices(text, splices));
}

/** Adds an `<Override>` for a new part to [Content_Types].xml, or removes the one of a dropped part. */
export function setContentType(store: PartStore, part: string, contentType: string | null): void {
  const name = store.find('[Content_Types].xml');
  const text = name === null ? null : store.text(name);
  if (name === null || text === null) return;
  const parsed = parseSpans(text, 2);
  if (!parsed.ok) return;
  const overrides = children(parsed.root, 'Override').filter((o) => (o.attrs.PartName ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase());
  if (contentType === null) {
    store.set(name, applySplices(text, overrides.map((o) => ({ from: o.start, to: o.end, text: '' }))));
    return;
  }
  if (overrides.length > 0) return;
  store.set(name, appendChild(text, parsed.root, `<${prefixOf(parsed.root)}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`));
}

export function contentTypeOf(store: PartStore, part: string): string | null {
  const text = store.text('[Content_Types].xml');
  if (text === null) return null;
  const parsed = parseSpans(text, 2);
  if (!parsed.ok) return null;
  const override = children(parsed.root, 'Override').find((o) => (o.attrs.PartName ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase());
  if (override !== undefined) return override.attrs.ContentType ?? null;
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const def = children(parsed.root, 'Default').find((d) => (d.attrs.Extension ?? '').toLowerCase() === ext);
  return def !== undefined ? def.attrs.ContentType ?? null : null;
}

/** `text` with `entry` added as the last child of `node`. */
export function appendChild(text: string, node: XmlNode, entry: string): string {
  if (node.selfClosing) {
    const open = text.slice(node.start, node.end);
    return text.slice(0, node.start) + open.slice(0, open.length - 2).replace(/\s*$/, '') + '>' + entry + `</${node.name}>` + text.slice(node.end);
  }
  const close = text.lastIndexOf('</', node.end - 1);
  return text.slice(0, close) + entry + text.slice(close);
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Resolved part name; null when the relationship is missing. */
  readonly part: string | null;
  readonly relType: string;
}

export function sheetEntries(workbookXml: XmlNode, rels: ReadonlyArray<Relationship>): SheetEntry[] {
  const sheets = child(workbookXml, 'sheets');
  if (sheets === undefined) return [];
  return children(sheets, 'sheet').map((s) => {
    const idKey = Object.keys(s.attrs).find((k) => k === 'r:id' || /(^|:)id$/.test(k) && k !== 'sheetId');
    const relId = idKey !== undefined ? s.attrs[idKey] : '';
    const rel = rels.find((r) => r.id === relId);
    return { name: s.attrs.name ?? '', sheetId: Number(s.attrs.sheetId ?? 0), relId, part: rel !== undefined && !rel.external ? rel.part : null, relType: rel !== undefined ? rel.type : '' };
  });
}

/** workbook.xml with a `<sheet>` added at the end of `<sheets>`. */
export function addSheetEntry(text: string, root: XmlNode, name: string, sheetId: number, relId: string): string {
  const sheets = child(root, 'sheets');
  if (sheets === undefined) return text;
  const existing = children(sheets, 'sheet')[0];
  const idAttr = existing !== undefined ? Object.keys(existing.attrs).find((k) => /:id$/.test(k)) : undefined;
  const rPrefix = idAttr !== undefined ? idAttr.slice(0, idAttr.indexOf(':')) : 'r';
  // A prefix declared on the <sheet> itself (openpyxl) is not in scope for a new sibling: declare it again.
  const declared = existing !== undefined && existing.attrs['xmlns:' + rPrefix] !== undefined ? ` xmlns:${rPrefix}="${escapeAttr(existing.attrs['xmlns:' + rPrefix])}"` : '';
  const ns = declared !== '' || /xmlns:r=/.test(text.slice(root.start, root.openEnd)) ? declared : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return appendChild(text, sheets, `<${prefixOf(sheets)}sheet${ns} name="${escapeAttr(name)}" sheetId="${sheetId}" ${rPrefix}:id="${relId}"/>`);
}

/** Elements of CT_Workbook that come before calcPr, for placing a missing one. */
const BEFORE_CALC = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames'];

/** workbook.xml asking Excel to recalculate every formula when it opens the file. */
export function withFullCalcOnLoad(text: string): string {
  const parsed = parseSpans(text, 2);
  if (!parsed.ok) return text;
  const root = parsed.root;
  const calcPr = child(root, 'calcPr');
  if (calcPr !== undefined) {
    if (calcPr.attrs.fullCalcOnLoad === '1' || calcPr.attrs.fullCalcOnLoad === 'true') return text;
    return text.slice(0, calcPr.start) + withAttribute(text.slice(calcPr.start, calcPr.openEnd), 'fullCalcOnLoad', '1') + text.slice(calcPr.openEnd);
  }
  const before = root.children.filter((c) => BEFORE_CALC.includes(c.local));
  const at = before.length > 0 ? before[before.length - 1].end : root.openEnd;
  return text.slice(0, at) + `<${prefixOf(root)}calcPr fullCalcOnLoad="1"/>` + text.slice(at);
}

export function isDate1904(root: XmlNode): boolean {
  const pr = child(root, 'workbookPr');
  const v = pr !== undefined ? pr.attrs.date1904 : undefined;
  return v === '1' || v === 'true';
}

/**
 * docProps/app.xml with new sheet names listed among the worksheet titles
 * (what file browsers show). Left as it is when its layout is not the usual
 * one: Excel rebuilds it on every save and never reads it for the workbook.
 */
export function withSheetTitles(text: string, names: ReadonlyArray<string>): string {
  const parsed = parseSpans(text, 5);
  if (!parsed.ok || names.length === 0) return text;
  const headingVector = findPath(parsed.root, ['HeadingPairs', 'vector']);
  const titlesVector = findPath(parsed.root, ['TitlesOfParts', 'vector']);
  if (headingVector === undefined || titlesVector === undefined) return text;
  const variants = children(headingVector, 'variant');
  let before = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = child(variants[i], 'lpstr');
    const count = child(variants[i + 1], 'i4');
    if (label === undefined || count === undefined) return text;
    if (/^(worksheets|sheets|arbeitsbl)/i.test(label.text.trim())) {
      const titles = children(titlesVector, 'lpstr');
      const lastTitle = titles[before + Number(count.text) - 1];
      const at = lastTitle !== undefined ? lastTitle.end : titlesVector.openEnd;
      const p = prefixOf(titles[0] ?? titlesVector);
      const countOpen = text.indexOf('>', count.start) + 1;
      const countClose = text.lastIndexOf('</', count.end - 1);
      const splices: Splice[] = [
        { from: countOpen, to: countClose, text: String(Number(count.text) + names.length) },
        { from: at, to: at, text: names.map((n) => `<${p}lpstr>${n.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${p}lpstr>`).join('') },
      ];
      const size = Number(titlesVector.attrs.size);
      if (Number.isFinite(size)) splices.push({ from: titlesVector.start, to: titlesVector.openEnd, text: withAttribute(text.slice(titlesVector.start, titlesVector.openEnd), 'size', String(size + names.length)) });
      return applySplices(text, splices);
    }
    before += Number(count.text);
  }
  return text;
}

function findPath(node: XmlNode, path: ReadonlyArray<string>): XmlNode | undefined {
  let at: XmlNode | undefined = node;
  for (const local of path) at = at === undefined ? undefined : child(at, local);
  return at;
}

/** A part's text for the store: UTF-8 only (every SpreadsheetML writer uses it). */
export function partText(bytes: Uint8Array | undefined): string | null {
  return bytes === undefined ? null : decodeUtf8(bytes);
}
