/**
 * Writes cells into an existing worksheet part by splicing: each written cell
 * replaces that cell's `<c>` element (or is inserted in column order, in a new
 * `<row>` when the row has none); every other character of the part stays as
 * it was (row attributes, merges, conditional formats, hyperlinks, extLst...).
 * The only other edits: a row's `spans` hint and the `dimension` widened when a
 * cell lands outside them, and a `<col>` width for a newly appended column.
 */
import { a1, columnIndex, parseArea, type AreaRef } from '../../core/address';
import type { WriteValue } from '../../core/writes';
import { isDateNumberFormat } from '../number-format';
import { applySplices, child, children, escapeCellText, parseSpans, prefixOf, withAttribute, type Splice, type XmlNode } from './patch-xml';
import type { StyleBook, StyleChange } from './patch-styles';

/** Days between the 1900 and 1904 date systems: the engine's serials are 1900-based. */
export const DAYS_1904 = 1462;

export interface CellPatch {
  readonly row: number;
  readonly col: number;
  readonly value: WriteValue;
  /** The style to start from: the cell's own, or another cell's (a new header copies its left neighbour). */
  readonly styleFrom: 'own' | { readonly row: number; readonly col: number };
  readonly change: StyleChange;
}

export interface ColumnWidth {
  readonly col: number;
  readonly width: number;
}

export type SheetPatched =
  | { readonly ok: true; readonly xml: string; readonly removedFormula: boolean }
  | { readonly ok: false; readonly message: string };

interface CellNode {
  readonly col: number;
  readonly node: XmlNode;
}

interface RowNode {
  readonly row: number;
  readonly node: XmlNode;
  readonly cells: CellNode[];
}

export function patchSheetXml(xml: string, sheetName: string, patches: ReadonlyArray<CellPatch>, widths: ReadonlyArray<ColumnWidth>, styles: StyleBook, date1904: boolean): SheetPatched {
  const parsed = parseSpans(xml, 5);
  if (!parsed.ok) return { ok: false, message: `sheet "${sheetName}" is not well-formed XML (${parsed.message})` };
  const root = parsed.root;
  const sheetData = child(root, 'sheetData');
  if (sheetData === undefined) return { ok: false, message: `sheet "${sheetName}" has no cell data element` };
  const p = prefixOf(sheetData);
  const rows = indexRows(sheetData);
  const byRow = new Map<number, RowNode>();
  for (const r of rows) byRow.set(r.row, r);
  const cellAt = (row: number, col: number): CellNode | undefined => byRow.get(row)?.cells.find((c) => c.col === col);

  const written = new Set(patches.map((x) => key(x.row, x.col)));
  const splices: Splice[] = [];
  let removedFormula = false;
  let bounds: AreaRef = { top: Infinity, left: Infinity, bottom: -1, right: -1 };

  const grouped = new Map<number, CellPatch[]>();
  for (const x of patches) {
    const list = grouped.get(x.row) ?? [];
    list.push(x);
    grouped.set(x.row, list);
  }
  const newRows: { row: number; text: string }[] = [];
  for (const rowIndex of Array.from(grouped.keys()).sort((a, b) => a - b)) {
    const list = (grouped.get(rowIndex) ?? []).slice().sort((a, b) => a.col - b.col);
    const existing = byRow.get(rowIndex);
    const cellTexts: { col: number; text: string }[] = [];
    for (const x of list) {
      const old = cellAt(x.row, x.col);
      if (old !== undefined) {
        const formula = child(old.node, 'f');
        if (formula !== undefined) {
          removedFormula = true;
          const spread = formulaSpread(formula, x.row, x.col, written);
          if (spread !== null) {
            return { ok: false, message: `cell ${sheetName}!${a1(x.row, x.col)} holds a formula Excel shares with ${spread}, outside the cells this command writes; clear or convert those formulas to values first` };
          }
        }
      }
      const base = x.styleFrom === 'own' ? styleOf(old?.node) : styleOf(cellAt(x.styleFrom.row, x.styleFrom.col)?.node);
      const style = styles.derive(base, x.change);
      const format = x.change.numberFormat ?? styles.formatOf(style);
      const value = date1904 && typeof x.value === 'number' && isDateNumberFormat(format) ? x.value - DAYS_1904 : x.value;
      const text = cellXml(p, x.row, x.col, value, style);
      if (old !== undefined) splices.push({ from: old.node.start, to: old.node.end, text });
      else if (text !== '') cellTexts.push({ col: x.col, text });
      if (text !== '') bounds = grow(bounds, x.row, x.col);
    }
    if (cellTexts.length === 0) continue;
    if (existing === undefined) {
      newRows.push({ row: rowIndex, text: `<${p}row r="${rowIndex + 1}">${cellTexts.map((c) => c.text).join('')}</${p}row>` });
      continue;
    }
    insertCells(xml, existing, cellTexts, splices);
  }
  insertRows(xml, sheetData, rows, newRows, splices);
  const dimension = child(root, 'dimension');
  if (dimension !== undefined && bounds.bottom >= 0) {
    const widened = widenRef(dimension.attrs.ref, bounds);
    if (widened !== null) splices.push({ from: dimension.start, to: dimension.openEnd, text: withAttribute(xml.slice(dimension.start, dimension.openEnd), 'ref', widened) });
  }
  const cols = colsSplice(xml, root, sheetData, widths);
  if (cols !== null) splices.push(cols);
  return { ok: true, xml: applySplices(xml, splices), removedFormula };
}

/** `<c>` for a value: numbers as `<v>`, text inline (`t="inlineStr"`, no shared-strings edit); '' for a blank unstyled cell. */
export function cellXml(p: string, row: number, col: number, value: WriteValue, style: number): string {
  const ref = a1(row, col);
  const s = style > 0 ? ` s="${style}"` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<${p}c r="${ref}"${s}><${p}v>${String(value)}</${p}v></${p}c>`;
  if (typeof value === 'string' && value !== '') {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeCellText(value)}</${p}t></${p}is></${p}c>`;
  }
  return s === '' ? '' : `<${p}c r="${ref}"${s}/>`;
}

function indexRows(sheetData: XmlNode): RowNode[] {
  const out: RowNode[] = [];
  let previous = -1;
  for (const node of children(sheetData, 'row')) {
    const r = Number(node.attrs.r);
    const row = Number.isInteger(r) && r > 0 ? r - 1 : previous + 1;
    previous = row;
    const cells: CellNode[] = [];
    let prevCol = -1;
    for (const c of children(node, 'c')) {
      const col = c.attrs.r !== undefined ? colOf(c.attrs.r) : prevCol + 1;
      prevCol = col;
      cells.push({ col, node: c });
    }
    out.push({ row, node, cells });
  }
  return out;
}

function insertCells(xml: string, row: RowNode, cellTexts: ReadonlyArray<{ col: number; text: string }>, splices: Splice[]): void {
  const open = xml.slice(row.node.start, row.node.openEnd);
  let tag = open;
  const spans = row.node.attrs.spans;
  if (spans !== undefined) {
    const m = /^(\d+):(\d+)$/.exec(spans);
    if (m !== null) {
      const first = Math.min(Number(m[1]), ...cellTexts.map((c) => c.col + 1));
      const last = Math.max(Number(m[2]), ...cellTexts.map((c) => c.col + 1));
      tag = withAttribute(tag, 'spans', `${first}:${last}`);
    }
  }
  if (row.node.selfClosing) {
    const body = cellTexts.map((c) => c.text).join('');
    splices.push({ from: row.node.start, to: row.node.end, text: tag.slice(0, tag.length - 2).replace(/\s*$/, '') + '>' + body + `</${row.node.name}>` });
    return;
  }
  if (tag !== open) splices.push({ from: row.node.start, to: row.node.openEnd, text: tag });
  // A cell after an inserted one that has no `r` would move: give every such cell its address.
  if (row.cells.some((c) => c.node.attrs.r === undefined)) {
    for (const c of row.cells) {
      if (c.node.attrs.r !== undefined) continue;
      const ctag = xml.slice(c.node.start, c.node.openEnd);
      splices.push({ from: c.node.start, to: c.node.openEnd, text: withAttribute(ctag, 'r', a1(row.row, c.col)) });
    }
  }
  const close = xml.lastIndexOf('</', row.node.end - 1);
  for (const c of cellTexts) {
    const next = row.cells.find((e) => e.col > c.col);
    const at = next !== undefined ? next.node.start : close;
    splices.push({ from: at, to: at, text: c.text });
  }
}

function insertRows(xml: string, sheetData: XmlNode, rows: ReadonlyArray<RowNode>, newRows: ReadonlyArray<{ row: number; text: string }>, splices: Splice[]): void {
  if (newRows.length === 0) return;
  if (sheetData.selfClosing) {
    const open = xml.slice(sheetData.start, sheetData.end);
    splices.push({ from: sheetData.start, to: sheetData.end, text: open.slice(0, open.length - 2).replace(/\s*$/, '') + '>' + newRows.map((r) => r.text).join('') + `</${sheetData.name}>` });
    return;
  }
  if (rows.some((r) => r.node.attrs.r === undefined)) {
    for (const r of rows) {
      if (r.node.attrs.r !== undefined) continue;
      splices.push({ from: r.node.start, to: r.node.openEnd, text: withAttribute(xml.slice(r.node.start, r.node.openEnd), 'r', String(r.row + 1)) });
    }
  }
  const close = xml.lastIndexOf('</', sheetData.end - 1);
  for (const r of newRows) {
    const next = rows.find((e) => e.row > r.row);
    const at = next !== undefined ? next.node.start : close;
    splices.push({ from: at, to: at, text: r.text });
  }
}

/**
 * Where a shared, array or data-table formula at this cell reaches cells
 * that are not written too (they would lose their formula), else null.
 */
function formulaSpread(f: XmlNode, row: number, col: number, written: ReadonlySet<string>): string | null {
  const kind = f.attrs.t;
  const ref = f.attrs.ref;
  if ((kind !== 'shared' && kind !== 'array' && kind !== 'dataTable') || ref === undefined) return null;
  const area = parseArea(ref);
  if (area === null) return null;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if ((r !== row || c !== col) && !written.has(key(r, c))) return ref;
    }
  }
  return null;
}

/** A `<col>` for each new column width, unless a `<col>` range already covers that column. */
function colsSplice(xml: string, root: XmlNode, sheetData: XmlNode, widths: ReadonlyArray<ColumnWidth>): Splice | null {
  if (widths.length === 0) return null;
  const cols = child(root, 'cols');
  const ranges = cols === undefined ? [] : children(cols, 'col').map((n) => ({ node: n, min: Number(n.attrs.min), max: Number(n.attrs.max) }));
  const p = prefixOf(sheetData);
  const wanted = widths.filter((w) => !ranges.some((r) => r.min <= w.col + 1 && w.col + 1 <= r.max)).sort((a, b) => a.col - b.col);
  if (wanted.length === 0) return null;
  const colText = (w: ColumnWidth): string => `<${p}col min="${w.col + 1}" max="${w.col + 1}" width="${w.width}" customWidth="1"/>`;
  if (cols === undefined) {
    const before = root.children.indexOf(sheetData);
    const at = before >= 0 ? sheetData.start : xml.length;
    return { from: at, to: at, text: `<${p}cols>${wanted.map(colText).join('')}</${p}cols>` };
  }
  if (cols.selfClosing) return { from: cols.start, to: cols.end, text: `<${cols.name}>${wanted.map(colText).join('')}</${cols.name}>` };
  // Appended owned columns lie right of every used column, so after the last `<col>` keeps the order.
  if (ranges.some((r) => r.max > wanted[0].col + 1)) {
    const next = ranges.find((r) => r.min > wanted[0].col + 1);
    if (next !== undefined) return { from: next.node.start, to: next.node.start, text: wanted.map(colText).join('') };
  }
  const close = xml.lastIndexOf('</', cols.end - 1);
  return { from: close, to: close, text: wanted.map(colText).join('') };
}

function styleOf(node: XmlNode | undefined): number {
  const s = node === undefined ? 0 : Number(node.attrs.s ?? 0);
  return Number.isInteger(s) && s >= 0 ? s : 0;
}

function key(row: number, col: number): string {
  return row + ',' + col;
}

/** Column of a cell's `r` (`B7` -> 1). */
function colOf(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})/.exec(ref);
  return m === null ? 0 : Math.max(0, columnIndex(m[1]));
}

function grow(a: AreaRef, row: number, col: number): AreaRef {
  return { top: Math.min(a.top, row), left: Math.min(a.left, col), bottom: Math.max(a.bottom, row), right: Math.max(a.right, col) };
}

function widenRef(ref: string | undefined, written: AreaRef): string | null {
  const old = ref === undefined ? null : parseArea(ref);
  if (old === null) return null;
  const next = grow(grow(old, written.top, written.left), written.bottom, written.right);
  if (next.top === old.top && next.left === old.left && next.bottom === old.bottom && next.right === old.right) return null;
  return `${a1(next.top, next.left)}:${a1(next.bottom, next.right)}`;
}
