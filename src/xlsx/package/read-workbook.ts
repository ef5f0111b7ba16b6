/**
 * .xlsx bytes -> WorkbookSnapshot straight from the package (fflate + saxes),
 * with no workbook model in between: every sheet name and table, and the cells
 * of the sheets the engine reads (core `relevantSheetNames`). Guards: empty,
 * encrypted/.xls, binary .xlsb and non-zip files, zip bombs (zip.ts), DOCTYPEs
 * (xml.ts), sheets past `maxRows`, and a time limit. Never throws. Runs in Node
 * and in the browser (the preview).
 */
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { relevantSheetNames } from '../../core/read';
import { sniffWorkbookBytes, type LoadProblem } from '../sniff';
import { openPackage, type InflateRaw, type PackageLimits } from './zip';
import { readRelationships, type Relationship } from './rels';
import { parseXml } from './xml';
import { readCellFormats } from './styles';
import { readSharedStrings } from './shared-strings';
import { readSheet } from './sheet';

export const MAX_ROWS = 200_000;
export const TIME_LIMIT_MS = 120_000;

export interface ReadOptions {
  /** Which sheets to read cells from: the engine's (default), every sheet, or these names. */
  readonly sheets?: 'relevant' | 'all' | ReadonlyArray<string>;
  /** Called now and then with rows done and (estimated) rows in all, and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly maxRows?: number;
  readonly timeLimitMs?: number;
  readonly limits?: Partial<PackageLimits>;
  /** A faster inflate where there is one (Node's zlib, from the command line). */
  readonly inflateRaw?: InflateRaw;
}

export type ReadProblem = LoadProblem | 'too-big';

export type ReadResult =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly problem: ReadProblem; readonly message: string };

interface SheetEntry {
  readonly name: string;
  readonly part: string;
}

const SAVE_AGAIN = ' Open it in Excel, check it looks right, and save it again as .xlsx.';

export function readWorkbook(bytes: Uint8Array, options?: ReadOptions): ReadResult {
  const sniffed = sniffWorkbookBytes(bytes);
  if (sniffed !== null) return sniffed;
  const pkg = openPackage(bytes, options?.limits, options?.inflateRaw);
  if (!pkg.ok) return { ok: false, problem: /damaged/.test(pkg.message) ? 'corrupt' : 'too-big', message: pkg.message };
  const get = (name: string): Uint8Array | undefined => pkg.parts.get(name);
  const damaged = (part: string, why: string): ReadResult => ({
    ok: false,
    problem: 'corrupt',
    message: `The file looks like an .xlsx workbook but cannot be read: part ${part}: ${why}.` + SAVE_AGAIN,
  });

  const workbookPart = officeDocumentPart(get, pkg.info);
  if (workbookPart === null) {
    const binary = pkg.info.has('xl/workbook.bin');
    return {
      ok: false,
      problem: 'not-xlsx',
      message: binary
        ? 'The file is a binary .xlsb workbook, which this tool cannot read. In Excel, use File > Save As > "Excel Workbook (*.xlsx)".'
        : 'The file is a zip package but holds no Excel worksheets (is it a binary .xlsb workbook, a Word or PowerPoint file, or a plain zip?). Save the tracker from Excel as an .xlsx workbook.',
    };
  }
  const wbBytes = get(workbookPart);
  if (wbBytes === undefined) return damaged(workbookPart, 'it cannot be unpacked');
  const rels = readRelationships(get, workbookPart);
  const byId = new Map<string, Relationship>(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const parsedWb = parseXml(wbBytes, {
    open: (name, a) => {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet' && a.name !== undefined) {
        const rel = byId.get(relId(a));
        if (rel !== undefined && rel.kind === 'worksheet' && rel.part !== '') sheets.push({ name: a.name, part: rel.part });
      }
    },
  });
  if (!parsedWb.ok) return damaged(workbookPart, parsedWb.message);
  if (sheets.length === 0) {
    return { ok: false, problem: 'not-xlsx', message: 'The file is a zip package but holds no Excel worksheets. Save the tracker from Excel as an .xlsx workbook.' };
  }

  const tables: TableSnapshot[] = [];
  for (const sheet of sheets) {
    for (const rel of readRelationships(get, sheet.part)) {
      if (rel.kind !== 'table') continue;
      const tableBytes = get(rel.part);
      if (tableBytes === undefined) continue;
      let table: TableSnapshot | null = null;
      const parsed = parseXml(tableBytes, {
        open: (name, a) => {
          if (name !== 'table' || table !== null) return;
          const tableName = a.displayName ?? a.name;
          if (tableName !== undefined && a.ref !== undefined) table = { name: tableName, sheet: sheet.name, address: a.ref.replace(/\$/g, '') };
        },
      });
      if (!parsed.ok) return damaged(rel.part, parsed.message);
      if (table !== null) tables.push(table);
    }
  }

  const names = sheets.map((s) => s.name);
  const choice = options?.sheets ?? 'relevant';
  const wanted = new Set<string>(choice === 'all' ? names : choice === 'relevant' ? relevantSheetNames(names, tables) : choice);

  const partOf = (kind: string): string | undefined => rels.find((r) => r.kind === kind)?.part;
  const stylesPart = partOf('styles');
  const stringsPart = partOf('sharedStrings');
  const styles = readCellFormats(stylesPart === undefined ? undefined : get(stylesPart));
  if (!styles.ok) return damaged(stylesPart ?? 'styles', styles.message);
  // The shared strings and the sheets are taken, not kept: each part's bytes can be freed once parsed.
  const strings = wanted.size === 0 ? { ok: true as const, strings: [] } : readSharedStrings(stringsPart === undefined ? undefined : pkg.parts.take(stringsPart));
  if (!strings.ok) return damaged(stringsPart ?? 'sharedStrings', strings.message);

  const progress = options?.onProgress;
  const total = sheets.filter((s) => wanted.has(s.name)).reduce((sum, s) => sum + estimatedRows(pkg.info.get(s.part)?.size ?? 0), 0);
  let done = 0;
  const onRows = (rowsRead: number): void => {
    if (progress !== undefined) progress(done + rowsRead, Math.max(done + rowsRead, total));
  };
  const maxRows = options?.maxRows ?? MAX_ROWS;
  const deadline = Date.now() + (options?.timeLimitMs ?? TIME_LIMIT_MS);
  const out: SheetSnapshot[] = [];
  for (const sheet of sheets) {
    if (!wanted.has(sheet.name)) {
      out.push({ name: sheet.name, rows: [], merges: [] });
      continue;
    }
    const sheetBytes = pkg.parts.take(sheet.part);
    if (sheetBytes === undefined) return damaged(sheet.part, 'it is missing or cannot be unpacked');
    const read = readSheet(sheetBytes, { name: sheet.name, strings: strings.strings, formats: styles.formats, date1904, maxRows, deadline, onRows });
    if (!read.ok) {
      if (/^Sheet "/.test(read.message)) return { ok: false, problem: 'too-big', message: read.message };
      if (/took too long/.test(read.message)) return { ok: false, problem: 'too-big', message: `The workbook cannot be read in time: ${read.message}. Remove what the plan does not need (or split the file) and try again.` };
      return damaged(sheet.part, read.message);
    }
    out.push(read.sheet);
    done += read.rowsRead;
  }
  if (progress !== undefined) progress(done, done);
  return { ok: true, snapshot: { sheets: out, tables } };
}

/** The workbook part named by the package's officeDocument relationship (`xl/workbook.xml` by convention). */
function officeDocumentPart(get: (name: string) => Uint8Array | undefined, info: ReadonlyMap<string, unknown>): string | null {
  const root = readRelationships(get, '').find((r) => r.kind === 'officeDocument');
  if (root !== undefined && info.has(root.part) && /\.xml$/i.test(root.part)) return root.part;
  return info.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/** `r:id` under whatever prefix the writer gave the relationships namespace. */
function relId(a: Readonly<Record<string, string>>): string {
  const plain = a['r:id'];
  if (plain !== undefined) return plain;
  for (const key of Object.keys(a)) if (/:id$/.test(key)) return a[key];
  return '';
}

/** A rough row count from a sheet part's size, for the progress bar only. */
function estimatedRows(partBytes: number): number {
  return Math.round(partBytes / 400);
}
