/**
 * WritePlan -> .xlsx package, by patching (contract 5, issue 11): only the
 * owned cells of existing sheets change, owned sheets are replaced or added,
 * and the few parts a new sheet needs are edited (workbook.xml, its
 * relationships, [Content_Types].xml, docProps/app.xml titles, styles.xml by
 * appending). Every other part is copied byte for byte. Never throws.
 *
 * Excel is asked to recalculate on opening (`fullCalcOnLoad`), since formulas
 * elsewhere may read owned cells; calcChain.xml is dropped only when a written
 * cell held a formula (Excel reports a calc chain naming a cell without one as
 * damage, and rebuilds the chain itself).
 */
import { zipSync } from 'fflate';
import { RAG_FILLS, type CellWrite, type ColumnWrite, type SheetWrite, type WritePlan } from '../../core/writes';
import { openPackage } from './zip';
import { ownedSheetXml, EMPTY_SHEET } from './new-sheet';
import {
  addRelationship,
  addSheetEntry,
  contentTypeOf,
  CT_STYLES,
  CT_WORKSHEET,
  isDate1904,
  partText,
  readRelationships,
  REL_STYLES,
  REL_WORKSHEET,
  removeRelationshipsTo,
  setContentType,
  sheetEntries,
  withFullCalcOnLoad,
  withSheetTitles,
  type PartStore,
  type SheetEntry,
} from './patch-package';
import { patchSheetXml, type CellPatch, type ColumnWidth } from './patch-sheet';
import { MINIMAL_STYLES, openStyleBook, type StyleBook } from './patch-styles';
import { encodeUtf8, parseSpans } from './patch-xml';

export type Patched =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** Parts whose content changed, parts added and parts removed (everything else is byte-identical). */
      readonly changed: ReadonlyArray<string>;
      readonly added: ReadonlyArray<string>;
      readonly removed: ReadonlyArray<string>;
    }
  | { readonly ok: false; readonly message: string };

/** Width given to a newly appended owned column (as the exceljs writer did). */
const NEW_COLUMN_MIN_WIDTH = 12;

/** Relationships an owned sheet may have and still be replaced whole: they hold nothing of the user's. */
const REPLACEABLE_RELS = /\/(hyperlink|printerSettings)$/;

interface Target {
  readonly name: string;
  readonly part: string;
  readonly patches: Map<string, CellPatch>;
  readonly widths: ColumnWidth[];
}

export function patchWorkbook(bytes: Uint8Array, plan: WritePlan): Patched {
  const pkg = openPackage(bytes);
  if (!pkg.ok) return fail(pkg.message);
  const store = createStore(pkg.names, (name) => pkg.parts.get(name));
  const rootRels = readRelationships(store, '');
  const officeDoc = rootRels.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  const workbookPart = officeDoc !== undefined ? store.find(officeDoc.part) : store.find('xl/workbook.xml');
  const workbookText = workbookPart === null ? null : store.text(workbookPart);
  if (workbookPart === null || workbookText === null) return fail('the package has no readable workbook part (xl/workbook.xml)');
  const wbParsed = parseSpans(workbookText, 3);
  if (!wbParsed.ok) return fail('its workbook part is not well-formed XML (' + wbParsed.message + ')');
  const wbRels = readRelationships(store, workbookPart);
  const entries = sheetEntries(wbParsed.root, wbRels);
  const date1904 = isDate1904(wbParsed.root);

  const stylesRel = wbRels.find((r) => r.type === REL_STYLES || /\/styles$/.test(r.type));
  let stylesPart = stylesRel !== undefined ? store.find(stylesRel.part) : null;
  const stylesText = stylesPart !== null ? store.text(stylesPart) : MINIMAL_STYLES;
  if (stylesText === null) return fail('its style sheet (styles.xml) cannot be read');
  const opened = openStyleBook(stylesText);
  if (!opened.ok) return fail(opened.message);
  const styles = opened.book;

  const worksheetType = entries.find((e) => /\/worksheet$/.test(e.relType))?.relType ?? REL_WORKSHEET;
  const firstSheetPart = entries.find((e) => /\/worksheet$/.test(e.relType))?.part ?? null;
  const worksheetContentType = (firstSheetPart !== null ? contentTypeOf(store, firstSheetPart) : null) ?? CT_WORKSHEET;
  const workbookDir = workbookPart.split('/').slice(0, -1).join('/');
  const newSheets: { name: string; part: string }[] = [];
  const targets = new Map<string, Target>();
  let removedFormula = false;

  const known = (name: string): SheetEntry | { name: string; part: string; relType: string } | undefined => {
    const all = [...entries, ...newSheets.map((s) => ({ ...s, relType: worksheetType }))];
    const exact = all.find((e) => e.name === name);
    if (exact !== undefined) return exact;
    const key = name.trim().toLowerCase();
    return all.find((e) => e.name.trim().toLowerCase() === key);
  };
  const addSheet = (name: string, text: string): string => {
    let n = 1;
    const folder = (workbookDir === '' ? '' : workbookDir + '/') + 'worksheets/';
    while (store.find(`${folder}sheet${n}.xml`) !== null) n++;
    const part = `${folder}sheet${n}.xml`;
    store.set(part, text);
    newSheets.push({ name, part });
    return part;
  };
  /** The worksheet part to write cells into: an existing worksheet, or a new empty one (the WritePlan is authoritative). */
  const target = (name: string): Target | string => {
    const found = known(name);
    if (found !== undefined && !/\/worksheet$/.test(found.relType)) return `"${found.name}" is not a worksheet (a chart sheet or macro sheet), so it cannot be written`;
    const part = found !== undefined && found.part !== null ? store.find(found.part) : null;
    if (found !== undefined && part === null) return `sheet "${found.name}" has no worksheet part in the package`;
    const key = part ?? addSheet(name, EMPTY_SHEET);
    const existing = targets.get(key);
    if (existing !== undefined) return existing;
    const made: Target = { name: found !== undefined ? found.name : name, part: key, patches: new Map(), widths: [] };
    targets.set(key, made);
    return made;
  };

  for (const sheet of plan.sheets) {
    const replaced = replaceOwnedSheet(store, sheet, known(sheet.sheet), styles, date1904);
    if (typeof replaced === 'string') return fail(replaced);
    if (replaced.kind === 'new') addSheet(sheet.sheet, replaced.xml);
    else if (replaced.hadFormula) removedFormula = true;
  }
  for (const column of plan.columns) {
    const t = target(column.sheet);
    if (typeof t === 'string') return fail(t);
    for (const x of columnPatches(column)) t.patches.set(x.row + ',' + x.col, x);
    if (column.isNew) t.widths.push({ col: column.col, width: Math.max(NEW_COLUMN_MIN_WIDTH, column.header.length + 2) });
  }
  for (const cell of plan.cells) {
    const t = target(cell.sheet);
    if (typeof t === 'string') return fail(t);
    t.patches.set(cell.row + ',' + cell.col, cellPatch(cell));
  }
  for (const t of targets.values()) {
    const text = store.text(t.part);
    if (text === null) return fail(`sheet "${t.name}" (${t.part}) cannot be read`);
    const patched = patchSheetXml(text, t.name, Array.from(t.patches.values()), t.widths, styles, date1904);
    if (!patched.ok) return fail(patched.message);
    if (patched.removedFormula) removedFormula = true;
    if (patched.xml !== text) store.set(t.part, patched.xml);
  }

  const newStyles = styles.text();
  if (newStyles !== null) {
    if (stylesPart === null) {
      stylesPart = (workbookDir === '' ? '' : workbookDir + '/') + 'styles.xml';
      addRelationship(store, workbookPart, REL_STYLES, stylesPart);
      setContentType(store, stylesPart, CT_STYLES);
    }
    store.set(stylesPart, newStyles);
  }
  let wbText = workbookText;
  let nextId = Math.max(0, ...entries.map((e) => e.sheetId)) + 1;
  for (const s of newSheets) {
    const relId = addRelationship(store, workbookPart, worksheetType, s.part);
    setContentType(store, s.part, worksheetContentType);
    const reparsed = parseSpans(wbText, 2);
    if (reparsed.ok) wbText = addSheetEntry(wbText, reparsed.root, s.name, nextId++, relId);
  }
  if (plan.columns.length + plan.sheets.length + plan.cells.length > 0) wbText = withFullCalcOnLoad(wbText);
  if (wbText !== workbookText) store.set(workbookPart, wbText);
  if (removedFormula) dropCalcChain(store, workbookPart, wbRels);
  if (newSheets.length > 0) {
    const appRel = rootRels.find((r) => /\/extended-properties$/.test(r.type) && !r.external);
    const appPart = store.find(appRel !== undefined ? appRel.part : 'docProps/app.xml');
    const appText = appPart === null ? null : store.text(appPart);
    if (appPart !== null && appText !== null) {
      const titled = withSheetTitles(appText, newSheets.map((s) => s.name));
      if (titled !== appText) store.set(appPart, titled);
    }
  }
  return store.zip();
}

type Replaced = { readonly kind: 'new'; readonly xml: string } | { readonly kind: 'replaced'; readonly hadFormula: boolean };

/** An owned sheet replaced whole in its own part (tab position, name and sheet id kept), or made new. */
function replaceOwnedSheet(store: PartStore, write: SheetWrite, found: { name: string; part: string | null; relType: string } | undefined, styles: StyleBook, date1904: boolean): Replaced | string {
  const xml = ownedSheetXml(write, styles, date1904);
  if (found === undefined) return { kind: 'new', xml };
  if (!/\/worksheet$/.test(found.relType) || found.part === null) return `"${found.name}" is not a worksheet (a chart sheet or macro sheet), so the roll-up cannot replace it; rename it`;
  const part = store.find(found.part);
  if (part === null) return `sheet "${found.name}" has no worksheet part in the package`;
  const kept = readRelationships(store, part).filter((r) => !REPLACEABLE_RELS.test(r.type));
  if (kept.length > 0) {
    const what = Array.from(new Set(kept.map((r) => r.type.slice(r.type.lastIndexOf('/') + 1)))).join(', ');
    return `sheet "${found.name}" is rebuilt whole by the roll-up, but it holds ${what} that would be lost; move them to another sheet (or rename the sheet) and run again`;
  }
  const old = store.text(part) ?? '';
  store.set(part, xml);
  return { kind: 'replaced', hadFormula: /<(\w+:)?f[\s>/]/.test(old) };
}

function columnPatches(write: ColumnWrite): CellPatch[] {
  const out: CellPatch[] = [];
  // An existing owned column keeps its header cell as it is (the engine found it by that text).
  if (write.isNew) {
    out.push({ row: write.headerRow, col: write.col, value: write.header, styleFrom: write.col > 0 ? { row: write.headerRow, col: write.col - 1 } : 'own', change: { numberFormat: 'General' } });
  }
  write.values.forEach((value, i) => {
    const own = write.numberFormats !== undefined ? write.numberFormats[i] : undefined;
    const format = own !== undefined && own !== null ? own : write.numberFormat;
    const rag = write.rag ? (typeof value === 'string' && RAG_FILLS[value] !== undefined ? RAG_FILLS[value] : 'clear') : undefined;
    out.push({ row: write.firstRow + i, col: write.col, value, styleFrom: 'own', change: { numberFormat: format === null ? undefined : format, rag } });
  });
  return out;
}

function cellPatch(write: CellWrite): CellPatch {
  return { row: write.row, col: write.col, value: write.value, styleFrom: 'own', change: { numberFormat: write.numberFormat === null ? undefined : write.numberFormat } };
}

function dropCalcChain(store: PartStore, workbookPart: string, wbRels: ReturnType<typeof readRelationships>): void {
  const rel = wbRels.find((r) => /\/calcChain$/.test(r.type) && !r.external);
  const part = store.find(rel !== undefined ? rel.part : 'xl/calcChain.xml');
  if (part === null) return;
  store.remove(part);
  removeRelationshipsTo(store, workbookPart, part);
  setContentType(store, part, null);
}

interface ZippingStore extends PartStore {
  zip(): Patched;
}

function createStore(names: ReadonlyArray<string>, original: (name: string) => Uint8Array | undefined): ZippingStore {
  const byKey = new Map<string, string>();
  for (const n of names) byKey.set(n.replace(/^\//, '').toLowerCase(), n);
  const edited = new Map<string, string>();
  const added: string[] = [];
  const removed = new Set<string>();
  const find = (name: string): string | null => {
    const got = byKey.get(name.replace(/^\//, '').toLowerCase());
    return got !== undefined && !removed.has(got) ? got : null;
  };
  return {
    find,
    text(name) {
      const real = find(name);
      if (real === null) return null;
      const e = edited.get(real);
      return e !== undefined ? e : partText(original(real));
    },
    set(name, text) {
      const real = find(name);
      if (real === null) {
        byKey.set(name.toLowerCase(), name);
        added.push(name);
        edited.set(name, text);
      } else edited.set(real, text);
    },
    remove(name) {
      const real = find(name);
      if (real !== null) removed.add(real);
    },
    zip() {
      const files: Record<string, Uint8Array> = {};
      const changed: string[] = [];
      for (const name of [...names, ...added]) {
        if (removed.has(name)) continue;
        const text = edited.get(name);
        if (text !== undefined) {
          files[name] = encodeUtf8(text);
          if (!added.includes(name)) changed.push(name);
          continue;
        }
        const bytes = original(name);
        if (bytes === undefined) return fail(`part ${name} of the package is damaged`);
        files[name] = bytes;
      }
      try {
        return { ok: true, bytes: zipSync(files, { level: 6 }), changed, added: added.slice(), removed: Array.from(removed) };
      } catch (err) {
        return fail('the workbook could not be packed again (' + (err instanceof Error ? err.message : String(err)) + ')');
      }
    },
  };
}

function fail(message: string): Patched {
  return { ok: false, message };
}
