/** A1 addresses. Rows and columns are 0-based inside the engine. */

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** (0, 0) -> A1. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/**
 * The A1 address of a cell given by its 0-based row and column: a Field of
 * the plan (which keeps no address of its own: most are never shown, and
 * 50,000 rows of them should not each hold a string) or where a finding points.
 */
export function fieldAddress(at: CellRef): string {
  return a1(at.row, at.col);
}

/** A -> 0, AA -> 26; -1 when not letters. */
export function columnIndex(letters: string): number {
  const s = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
  return n - 1;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** A1 (or $A$1) -> 0-based row and column; null when not an A1 address. */
export function parseA1(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (m === null) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return null;
  return { row, col };
}

export interface AreaRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A5:H5` (or a single cell) -> 0-based inclusive bounds; null when not a range. */
export function parseArea(range: string): AreaRef | null {
  const parts = range.split(':');
  const first = parseA1(parts[0]);
  if (first === null) return null;
  const last = parts.length > 1 ? parseA1(parts[1]) : first;
  if (last === null) return null;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col),
  };
}
