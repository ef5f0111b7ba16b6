/**
 * Office Script entry: the Board pack (contract 9). Reads the plan, makes the
 * pack and returns it as one self-contained HTML file, so a Power Automate
 * flow can save it to SharePoint or mail it to the Board's clerk. Writes
 * nothing: the tracker is not changed by making the pack.
 * scripts/build-office-scripts.ts inlines this file and the engine into
 * scripts/office/board-pack.ts.
 */
import { analysePlan, buildBoardPack } from '../../../src/core';
import { readGivenDate, serialOfDate } from '../../../src/core/as-of';
import { renderBoardPack } from '../../../src/core/board/render';
import { readSnapshot } from './excel-io';
import { scriptAsOf } from './as-of';

function blank(text: string | undefined): boolean {
  return text === undefined || text === null || String(text).trim() === '';
}

function madeOnSerial(text: string): number {
  const read = readGivenDate(text.trim(), 'madeOn');
  if (!read.ok) throw new Error(read.message);
  return read.date;
}

/**
 * Makes the Board pack and returns its HTML (save it as a `.html` file).
 * Marked DRAFT on every page when the check finds errors.
 * @param asOf The as-of date as yyyy-mm-dd, e.g. 2016-09-30. Blank: the Settings sheet's As of, else today (UTC in Power Automate).
 * @param madeOn The date to print as the date the pack was made, yyyy-mm-dd. Blank: today.
 */
export function main(workbook: ExcelScript.Workbook, asOf?: string, madeOn?: string): string {
  const now = new Date();
  const snapshot = readSnapshot(workbook);
  const resolved = scriptAsOf(snapshot, asOf, now);
  const made = blank(madeOn) ? serialOfDate(now, true) : madeOnSerial(String(madeOn));
  const analysis = analysePlan(snapshot, { asOf: resolved.date, source: resolved.source });
  return renderBoardPack(buildBoardPack(analysis, snapshot, { asOf: resolved, madeOn: made }));
}
