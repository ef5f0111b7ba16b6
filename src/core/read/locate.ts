/** Finding the sheets (contract 1): by name synonym, or an Excel table whose name matches one. */
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { matchKey } from '../text';
import type { SheetKind } from './synonyms';
import { HISTORY_SHEET_KEY, RAG_HISTORY_SHEET_KEY, SHEET_SYNONYMS } from './synonyms';
import type { Region } from './grid';
import { tableRegion, wholeSheet } from './grid';

const KINDS: ReadonlyArray<SheetKind> = ['actions', 'measures', 'officers', 'settings'];

/** The synonym rank of a name for a kind (0 = best), or -1 when it is not a synonym. */
function rank(kind: SheetKind, name: string): number {
  return SHEET_SYNONYMS[kind].indexOf(matchKey(name));
}

/**
 * Every region that could hold a kind, best first: sheets by synonym order
 * (workbook order within one synonym), then tables the same way.
 */
export function candidateRegions(snapshot: WorkbookSnapshot, kind: SheetKind): Region[] {
  const sheets = snapshot.sheets
    .map((s, i) => ({ s, i, r: rank(kind, s.name) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => wholeSheet(x.s));
  const byName = new Map<string, SheetSnapshot>();
  for (const s of snapshot.sheets) byName.set(s.name, s);
  const tables: Region[] = [];
  snapshot.tables
    .map((t, i) => ({ t, i, r: rank(kind, t.name) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .forEach((x) => {
      const sheet = byName.get(x.t.sheet);
      const region = sheet === undefined ? null : tableRegion(sheet, x.t.name, x.t.address);
      if (region !== null) tables.push(region);
    });
  return sheets.concat(tables);
}

/**
 * The real names of the sheets an adapter must read: every sheet that could be
 * the Actions, Measures, Officers or Settings sheet (by name or by a table on
 * it), plus `Roll-up history` and `RAG history` when present. In workbook order.
 */
export function relevantSheetNames(sheetNames: ReadonlyArray<string>, tables: ReadonlyArray<TableSnapshot>): string[] {
  const wanted = new Set<string>();
  for (const name of sheetNames) {
    const key = matchKey(name);
    if (key === HISTORY_SHEET_KEY || key === RAG_HISTORY_SHEET_KEY || KINDS.some((k) => rank(k, name) >= 0)) wanted.add(name);
  }
  for (const t of tables) {
    if (KINDS.some((k) => rank(k, t.name) >= 0)) wanted.add(t.sheet);
  }
  return sheetNames.filter((n) => wanted.has(n));
}
