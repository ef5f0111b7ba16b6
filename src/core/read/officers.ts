/** The optional Officers sheet (contract 1): valid lead officers in the first column. */
import type { WorkbookSnapshot } from '../snapshot';
import { isBlankCell } from '../snapshot';
import { matchKey } from '../text';
import { makeGrid, rawCell } from './grid';
import { candidateRegions } from './locate';
import { readText } from '../values/text';

/** A first cell that is a heading, not an officer. */
const HEADINGS: ReadonlyArray<string> = [
  'officer', 'officers', 'name', 'names', 'lead', 'leads', 'leadofficer', 'leadofficers', 'officername', 'owner', 'owners',
];

/** The officers listed (first non-empty column; a heading cell skipped), or null when there is no Officers sheet. */
export function readOfficers(snapshot: WorkbookSnapshot): string[] | null {
  const regions = candidateRegions(snapshot, 'officers');
  if (regions.length === 0) return null;
  const grid = makeGrid(regions[0]);
  const { top, left, right } = grid.region;
  const bottom = Math.min(grid.region.bottom, grid.region.sheet.rows.length - 1);
  let col = -1;
  for (let c = left; c <= right && col < 0; c++) {
    for (let r = top; r <= bottom; r++) {
      if (!isBlankCell(rawCell(grid, r, c))) {
        col = c;
        break;
      }
    }
  }
  if (col < 0) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  let first = true;
  for (let r = top; r <= bottom; r++) {
    const t = readText(rawCell(grid, r, col));
    if (t.kind !== 'value') continue;
    const key = matchKey(t.value);
    const heading = first && HEADINGS.indexOf(key) >= 0;
    first = false;
    if (heading || seen.has(key)) continue;
    seen.add(key);
    out.push(t.value);
  }
  return out;
}
