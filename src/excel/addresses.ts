/** Address strings as Office.js takes them (splitting the lists Excel gives: core address-list.ts). */
import { a1, columnLetters } from '../core/address';
import type { AreaRef } from '../core/address';

/**
 * Longest address list passed to one `worksheet.getRanges(...)`. Excel caps
 * the string (and Excel on the web is stricter than desktop); 2,000
 * characters keeps well inside it. Longer lists are split into chunks.
 */
export const MAX_ADDRESS_CHARS = 2000;

/** Joins A1 addresses into `getRanges` strings of at most `maxChars` each. */
export function chunkAddresses(addresses: ReadonlyArray<string>, maxChars: number = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur === '') cur = a;
    else if (cur.length + 1 + a.length <= maxChars) cur += ',' + a;
    else {
      chunks.push(cur);
      cur = a;
    }
  }
  if (cur !== '') chunks.push(cur);
  return chunks;
}

/** 0-based inclusive area -> `B3:D9` (or `B3` for one cell). */
export function areaAddress(area: AreaRef): string {
  const first = a1(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return first;
  return first + ':' + a1(area.bottom, area.right);
}

/** A whole row span: row 0-based, columns 0..width-1 -> `A1:O1`. */
export function rowSpanAddress(row: number, width: number): string {
  const w = Math.max(1, width);
  return 'A' + String(row + 1) + ':' + columnLetters(w - 1) + String(row + 1);
}
