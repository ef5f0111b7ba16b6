import { describe, expect, it } from 'vitest';
import {
  ACTION_HEADERS, ACTION_HEADER_ROW, MEASURE_HEADERS, MEASURE_HEADER_ROW, SAMPLE_AS_OF, SAMPLE_MEASURE_SECTIONS,
  SAMPLE_OFFICERS, SAMPLE_PLANTED_PROBLEMS, SAMPLE_SHEETS, SAMPLE_THEMES, buildSampleWorkbook, sampleDescription,
} from '../../src/sample';
import { loadWorkbook, snapshotFromWorkbook, writeWorkbook } from '../../src/xlsx';
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core/snapshot';
import { parseA1 } from '../../src/core/address';
import { serialFromIso, serialFromYmd } from '../../src/core/calendar';
import { analysePlan } from '../../src/core';

function sheet(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (s === undefined) throw new Error('no sheet ' + name);
  return s;
}

function at(s: SheetSnapshot, address: string): ReturnType<typeof cellAt> {
  const ref = parseA1(address);
  if (ref === null) throw new Error('bad address');
  return cellAt(s, ref.row, ref.col);
}

/** 1-based row of the first row whose column A shows `ref`. */
function rowOf(s: SheetSnapshot, ref: string, occurrence = 1): number {
  let seen = 0;
  for (let r = 0; r < s.rows.length; r++) {
    if (cellAt(s, r, 0).text === ref && ++seen === occurrence) return r + 1;
  }
  throw new Error('ref not found ' + ref);
}

async function roundTripped(): Promise<WorkbookSnapshot> {
  const loaded = await loadWorkbook(await writeWorkbook(buildSampleWorkbook()));
  if (!loaded.ok) throw new Error(loaded.message);
  return snapshotFromWorkbook(loaded.workbook);
}

const actionCount = SAMPLE_THEMES.reduce((n, t) => n + t.actions.length, 0);
const measureCount = SAMPLE_MEASURE_SECTIONS.reduce((n, s) => n + s.measures.length, 0);

describe('buildSampleWorkbook', () => {
  it('has the four sheets the engine reads, under their synonyms, the two history sheets and the Dashboard', () => {
    expect(buildSampleWorkbook().worksheets.map((ws) => ws.name)).toEqual(['Action plan', 'Scorecard', 'Officers', 'Settings', 'Roll-up history', 'RAG history', 'Dashboard']);
  });

  it('has the six themes as merged section rows and 30-50 actions under title rows', () => {
    const s = sheet(snapshotFromWorkbook(buildSampleWorkbook()), SAMPLE_SHEETS.actions);
    expect(actionCount).toBeGreaterThanOrEqual(30);
    expect(actionCount).toBeLessThanOrEqual(50);
    expect(at(s, 'A1').value).toBe("Bristol Children's Services Improvement Plan 2016-17");
    expect(at(s, 'A2').value).toBe('Last updated: 30/09/2016');
    expect(s.rows[ACTION_HEADER_ROW - 1].map((c) => c.value)).toEqual(ACTION_HEADERS);
    expect(s.rows.length).toBe(ACTION_HEADER_ROW + 6 + actionCount);
    expect(s.merges).toHaveLength(6);
    expect(at(s, 'A5').value).toBe('1. Provide consistently good social work practice for children and families');
    expect(s.merges[0]).toBe('A5:L5');
    expect(SAMPLE_THEMES.map((t) => t.heading.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });

  it('keeps dates as real dates, text dates as text, and the ref typed as a number as a number', () => {
    const s = sheet(snapshotFromWorkbook(buildSampleWorkbook()), SAMPLE_SHEETS.actions);
    const r11 = rowOf(s, '1.1');
    expect(at(s, 'F' + r11)).toEqual({ value: serialFromYmd(2017, 3, 31), text: '31/03/2017', format: 'dd/mm/yyyy' });
    expect(at(s, 'F' + rowOf(s, '1.7')).value).toBe('Dec 2016');
    expect(at(s, 'F' + rowOf(s, '3.6')).value).toBe('Ongoing');
    expect(at(s, 'F' + rowOf(s, '5.5')).value).toBe('12/31/2016');
    expect(at(s, 'A' + rowOf(s, '3.2'))).toEqual({ value: 3.2, text: '3.2', format: 'General' });
    expect(at(s, 'A' + rowOf(s, '1.4', 2)).value).toBe('1.4');
  });

  it('has a scorecard of 15-25 measures with month columns Apr-16 to Mar-17, April to September filled', () => {
    const s = sheet(snapshotFromWorkbook(buildSampleWorkbook()), SAMPLE_SHEETS.measures);
    expect(measureCount).toBeGreaterThanOrEqual(15);
    expect(measureCount).toBeLessThanOrEqual(25);
    const header = s.rows[MEASURE_HEADER_ROW - 1];
    expect(header.slice(0, MEASURE_HEADERS.length).map((c) => c.value)).toEqual(MEASURE_HEADERS);
    const months = header.slice(MEASURE_HEADERS.length).map((c) => c.text);
    expect(months).toEqual(['Apr-16', 'May-16', 'Jun-16', 'Jul-16', 'Aug-16', 'Sep-16', 'Oct-16', 'Nov-16', 'Dec-16', 'Jan-17', 'Feb-17', 'Mar-17']);
    expect(header[MEASURE_HEADERS.length].value).toBe(serialFromYmd(2016, 4, 1));
    expect(s.rows.length).toBe(MEASURE_HEADER_ROW + SAMPLE_MEASURE_SECTIONS.length + measureCount);
    for (const section of SAMPLE_MEASURE_SECTIONS) {
      for (const m of section.measures) {
        const r = rowOf(s, m.id) - 1;
        const filled = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => cellAt(s, r, MEASURE_HEADERS.length + i).value !== null);
        expect(filled, m.id).toEqual([true, true, true, true, true, true, false, false, false, false, false, false]);
      }
    }
  });

  it('stores the report figures as real trackers do: % fractions, a row in points, c, TBC, a blank unit', () => {
    const s = sheet(snapshotFromWorkbook(buildSampleWorkbook()), SAMPLE_SHEETS.measures);
    const cl1 = rowOf(s, 'CL1');
    expect(at(s, 'F' + cl1)).toEqual({ value: 0.58, text: '58%', format: '0%' });
    expect(at(s, 'G' + cl1).text).toBe('65%');
    expect(['L', 'M', 'N'].map((c) => at(s, c + cl1).value)).toEqual([58, 60, 61]);
    expect(at(s, 'F' + rowOf(s, 'CIC2')).text).toBe('83.2%');
    expect(at(s, 'N' + rowOf(s, 'CIC6')).value).toBe('c');
    expect(at(s, 'G' + rowOf(s, 'MA3')).value).toBe('TBC');
    const lm2 = rowOf(s, 'LM2');
    expect(at(s, 'D' + lm2).value).toBeNull();
    expect(at(s, 'G' + lm2).format).toBe('0%');
    expect(at(s, 'E' + rowOf(s, 'CIC4')).value).toBe('Context');
  });

  it('has the Officers list and the Settings', () => {
    const snap = snapshotFromWorkbook(buildSampleWorkbook());
    const officers = sheet(snap, SAMPLE_SHEETS.officers);
    expect(at(officers, 'A1').value).toBe('Lead officer');
    expect(officers.rows.length).toBe(SAMPLE_OFFICERS.length + 1);
    const settings = sheet(snap, SAMPLE_SHEETS.settings);
    expect(settings.rows.slice(1).map((r) => [r[0].value, r[1].value])).toEqual([['Plan year', '2016/17'], ['Amber window', 30], ['Default tolerance', 5], ['As of', serialFromYmd(2016, 9, 30)]]);
  });

  it('is deterministic: two builds give the same cells', () => {
    const a = snapshotFromWorkbook(buildSampleWorkbook());
    const b = snapshotFromWorkbook(buildSampleWorkbook());
    expect(b).toEqual(a);
    expect(buildSampleWorkbook().created.toISOString()).toBe('2016-09-30T00:00:00.000Z');
  });

  it('round-trips through writeWorkbook, loadWorkbook and snapshotFromWorkbook unchanged', async () => {
    expect(await roundTripped()).toEqual(snapshotFromWorkbook(buildSampleWorkbook()));
  });

  it('has exactly the planted problems for the check to find, as of its last update', async () => {
    const snap = await roundTripped();
    const asOf = serialFromIso(SAMPLE_AS_OF);
    if (asOf === null) throw new Error('bad as-of');
    const analysis = analysePlan(snap, { asOf });
    const found = analysis.findings.map((f) => [f.rule, f.severity, f.sheet, f.ref, (f.cell.match(/^[A-Z]+/) ?? [''])[0]]);
    const planted = SAMPLE_PLANTED_PROBLEMS.map((p) => [p.rule, p.severity, p.sheet, p.ref, p.column]);
    expect(found).toEqual(planted);
    expect(analysis.errors).toBe(SAMPLE_PLANTED_PROBLEMS.filter((p) => p.severity === 'error').length);
    // The duplicate is reported on the second 1.4, naming the first.
    const duplicate = analysis.findings.find((f) => f.rule === 'ref-duplicate');
    expect(duplicate?.cell).toBe('A' + String(rowOf(sheet(snap, SAMPLE_SHEETS.actions), '1.4', 2)));
    expect(analysis.actions).toHaveLength(actionCount);
    expect(analysis.measures).toHaveLength(measureCount);
  });

  it('describes itself in words that match what it holds', () => {
    expect(sampleDescription).toContain(String(actionCount) + ' actions');
    expect(sampleDescription).toContain(String(measureCount) + ' measures');
    const actionsProblems = SAMPLE_PLANTED_PROBLEMS.filter((p) => p.sheet === SAMPLE_SHEETS.actions).length;
    expect(sampleDescription).toContain(String(actionsProblems) + ' problems');
    expect(sampleDescription).toContain("'Dashboard' sheet");
  });
});
