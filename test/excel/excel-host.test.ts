import { describe, expect, it } from 'vitest';
import { analysePlan, buildWritePlan } from '../../src/core';
import type { AreaRef } from '../../src/core/address';
import { parseA1 } from '../../src/core/address';
import type { Finding } from '../../src/core/findings';
import type { WritePlan } from '../../src/core/writes';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { createExcelHost, readWorkbookSnapshot, OWNED_COLUMNS, OWNED_SHEETS, MARK_FORMULAS, PLAIN_FONT, chunkAddresses, rowBlocks, MAX_ADDRESS_CHARS } from '../../src/excel';
import { RAG_FILLS } from '../../src/core/writes';
import { FakeExcel } from './fake-excel';
import type { LogEntry } from './fake-excel';
import { AS_OF, planWorkbook } from './plan-workbook';

async function analysed(fx: FakeExcel): Promise<{ snapshot: WorkbookSnapshot; plan: WritePlan; findings: ReadonlyArray<Finding> }> {
  const host = createExcelHost({ run: fx.run });
  const snapshot = await host.readSnapshot();
  const analysis = analysePlan(snapshot, { asOf: AS_OF });
  return { snapshot, plan: buildWritePlan(analysis, snapshot, { columns: true, rollup: true }), findings: analysis.findings };
}

/** Areas the plan allows: owned columns (header to last value) and whole owned sheets. */
function allowedAreas(plan: WritePlan): Array<{ sheet: string; area: AreaRef | null }> {
  const out: Array<{ sheet: string; area: AreaRef | null }> = [];
  for (const c of plan.columns) out.push({ sheet: c.sheet, area: { top: c.headerRow, left: c.col, bottom: c.firstRow + c.values.length - 1, right: c.col } });
  for (const s of plan.sheets) out.push({ sheet: s.sheet, area: null });
  for (const cell of plan.cells) {
    const at = parseA1(cell.address);
    if (at !== null) out.push({ sheet: cell.sheet, area: { top: at.row, left: at.col, bottom: at.row, right: at.col } });
  }
  return out;
}

function inside(a: AreaRef, b: AreaRef): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

function outsidePlan(log: ReadonlyArray<LogEntry>, plan: WritePlan): LogEntry[] {
  const allowed = allowedAreas(plan);
  return log.filter((e) => (e.areas ?? []).some((a) => !allowed.some((x) => x.sheet === e.sheet && (x.area === null || inside(a, x.area)))));
}

describe('readSnapshot', () => {
  it('reads the relevant sheets in two syncs, with values, text, formats, errors, merges and tables', async () => {
    const fx = planWorkbook({ actions: 10, scorecardTable: true });
    const snap = await createExcelHost({ run: fx.run }).readSnapshot();
    expect(fx.stats().syncs).toBe(2);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Cover', 'Action plan', 'Scorecard', 'Officers', 'Notes']);
    // Sheets the engine does not need keep their names but are not read.
    expect(snap.sheets[0].rows).toEqual([]);
    expect(snap.sheets[4].rows).toEqual([]);
    const usedReads = fx.log.filter((e) => e.member === 'getUsedRangeOrNullObject' && e.target.startsWith('worksheet(')).map((e) => e.sheet);
    expect(usedReads).toEqual(['Action plan', 'Scorecard', 'Officers']);
    const actions = snap.sheets[1];
    expect(actions.rows[3][0]).toEqual({ value: 'Ref', text: 'Ref', format: 'General' });
    expect(actions.rows[5][0]).toEqual({ value: '1.1', text: '1.1', format: '@' });
    expect(actions.rows[5][4]).toEqual({ value: 42488, text: '28/04/2016', format: 'dd/mm/yyyy' });
    expect(actions.merges[0]).toBe('A5:I5');
    const scorecard = snap.sheets[2];
    expect(scorecard.rows[1][3]).toEqual({ value: { error: '#REF!' }, text: '#REF!', format: 'General' });
    expect(scorecard.rows[1][6]).toEqual({ value: 0.5, text: '0.5', format: '0%' });
    expect(snap.tables).toEqual([{ name: 'KPIs', sheet: 'Scorecard', address: 'A1:M13' }]);
  });

  it('places a used range that does not start at A1 where it is', async () => {
    const fx = new FakeExcel([{ name: 'Actions', rows: [[], [null, null, 'Ref', 'Action'], [null, null, '1.1', 'Do it']] }]);
    const snap = await createExcelHost({ run: fx.run }).readSnapshot();
    const s = snap.sheets[0];
    expect(s.rows.length).toBe(3);
    expect(s.rows[0]).toEqual([]);
    expect(s.rows[1][2].value).toBe('Ref');
    expect(s.rows[2][3].value).toBe('Do it');
    expect(s.rows[1][0].value).toBeNull();
  });

  it('an empty relevant sheet gives no rows, and quoted sheet names in merged areas are parsed', async () => {
    const fx = new FakeExcel([{ name: 'Actions' }, { name: 'Performance measures', rows: [['x']], merges: ['A1:C1', 'B4:D4'] }]);
    const snap = await createExcelHost({ run: fx.run }).readSnapshot();
    expect(snap.sheets[0].rows).toEqual([]);
    expect(snap.sheets[1].merges).toEqual(['A1:C1', 'B4:D4']);
  });

  it('reads a sheet with more than 512 merged areas without its merges, and every other sheet with theirs', async () => {
    const fx = planWorkbook({ actions: 30 });
    const many = Array.from({ length: 600 }, (_, i) => 'A' + String(2000 + 2 * i) + ':B' + String(2000 + 2 * i));
    fx.sheet('Scorecard').merges.push(...many);
    const before = fx.sheet('Action plan').merges.slice();
    const snap = await createExcelHost({ run: fx.run }).readSnapshot();
    expect(snap.sheets.find((s) => s.name === 'Scorecard')?.merges).toEqual([]);
    expect(snap.sheets.find((s) => s.name === 'Action plan')?.merges).toEqual(before);
    expect(snap.sheets.find((s) => s.name === 'Action plan')?.rows.length).toBeGreaterThan(30);
    // The ordinary two syncs, sync 2 again without merges, then one per sheet for its merges.
    expect(fx.stats().syncs).toBe(3 + 3);
  });

  it('does not ask for merged areas where Excel lacks ExcelApi 1.13', async () => {
    const fx = planWorkbook({ actions: 10 });
    const snap = await fx.run((context) => readWorkbookSnapshot(context, undefined, { mergedAreas: false }));
    expect(fx.log.filter((e) => e.member === 'getMergedAreasOrNullObject')).toEqual([]);
    expect(snap.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(fx.stats().syncs).toBe(2);
  });

  // Sync counts against the response limit (10 vs 300 vs 10,000 actions): read-blocks.test.ts.
});

describe('applyWrites', () => {
  it('writes the engine\'s plan and nothing outside owned columns and sheets', async () => {
    const fx = planWorkbook({ actions: 30 });
    const { plan } = await analysed(fx);
    const before = { notes: fx.dump('Notes'), cover: fx.dump('Cover'), officers: fx.dump('Officers'), actions: fx.dump('Action plan'), scorecard: fx.dump('Scorecard') };
    fx.resetLog();
    const result = await createExcelHost({ run: fx.run }).applyWrites(plan);
    expect(result).toEqual({ ok: true });
    expect(outsidePlan(fx.log, plan)).toEqual([]);
    expect(fx.dump('Notes')).toEqual(before.notes);
    expect(fx.dump('Cover')).toEqual(before.cover);
    expect(fx.dump('Officers')).toEqual(before.officers);
    // Every cell of the plan's own sheets that is not in an owned column is unchanged.
    for (const [name, prev] of [['Action plan', before.actions], ['Scorecard', before.scorecard]] as const) {
      const ownedCols = plan.columns.filter((c) => c.sheet === name).map((c) => c.col);
      const now = fx.dump(name);
      for (const [addr, v] of prev) {
        const at = parseA1(addr);
        if (at !== null && !ownedCols.includes(at.col)) expect(now.get(addr)).toBe(v);
      }
      for (const addr of now.keys()) {
        const at = parseA1(addr);
        if (at !== null && !ownedCols.includes(at.col)) expect(prev.has(addr)).toBe(true);
      }
    }
    // The values are there, as the engine gave them.
    const rag = plan.columns.find((c) => c.sheet === 'Action plan' && c.header === 'Calculated RAG');
    expect(rag).toBeDefined();
    if (rag === undefined) return;
    const s = fx.sheet('Action plan');
    expect(s.value(rag.headerRow, rag.col)).toBe('Calculated RAG');
    rag.values.forEach((v, i) => expect(s.value(rag.firstRow + i, rag.col)).toBe(v === '' ? null : v));
    expect(fx.hasSheet('Monthly roll-up')).toBe(true);
    expect(fx.hasSheet('Roll-up history')).toBe(true);
  });

  it('gives a row its own number format where the plan says so (Latest: % rows as %, counts as General)', async () => {
    const fx = planWorkbook({ actions: 10 });
    const { plan } = await analysed(fx);
    const latest = plan.columns.find((c) => c.header === 'Latest');
    expect(latest?.numberFormats).toBeDefined();
    if (latest === undefined || latest.numberFormats === undefined) return;
    expect(await createExcelHost({ run: fx.run }).applyWrites(plan)).toEqual({ ok: true });
    const s = fx.sheet(latest.sheet);
    let percentRows = 0;
    latest.values.forEach((v, i) => {
      const own = latest.numberFormats?.[i];
      if (typeof v !== 'number') return;
      const expected = own !== undefined && own !== null ? own : latest.numberFormat ?? 'General';
      expect(s.format(latest.firstRow + i, latest.col)).toBe(expected);
      if (expected.includes('%')) percentRows++;
    });
    expect(percentRows).toBeGreaterThan(0);
  });

  it('keeps text as text (`2016-10` in Roll-up history is not turned into a date)', async () => {
    const fx = planWorkbook({ actions: 12 });
    const { plan } = await analysed(fx);
    await createExcelHost({ run: fx.run }).applyWrites(plan);
    const hist = fx.sheet('Roll-up history');
    expect(hist.value(0, 0)).toBe('Month');
    expect(hist.value(1, 0)).toBe('2016-10');
    expect(hist.format(1, 0)).toBe('@');
  });

  it('colours owned RAG columns with static fills in one block per column, whatever the row count, and adds no conditional format to the user\'s sheets', async () => {
    const counts: number[] = [];
    for (const n of [10, 2000]) {
      const fx = planWorkbook({ actions: n });
      const { plan } = await analysed(fx);
      fx.resetLog();
      await createExcelHost({ run: fx.run }).applyWrites(plan);
      const props = fx.log.filter((e) => e.member === 'setCellProperties');
      counts.push(props.length);
      expect(props.length).toBe(plan.columns.filter((c) => c.rag).length);
      // Conditional formats only on the owned sheets (cleared whole on every run).
      const adds = fx.log.filter((e) => e.member === 'add' && e.target.endsWith('.conditionalFormats'));
      expect(adds.every((e) => e.sheet !== undefined && OWNED_SHEETS.includes(e.sheet))).toBe(true);
      for (const c of plan.columns.filter((x) => x.rag)) {
        const s = fx.sheet(c.sheet);
        c.values.forEach((v, i) => {
          const rag = typeof v === 'string' ? RAG_FILLS[v] : undefined;
          expect(s.fill(c.firstRow + i, c.col)).toBe(rag !== undefined ? rag.fill : null);
          expect(s.fontColor(c.firstRow + i, c.col)).toBe(rag !== undefined ? rag.font : v === null || v === '' ? s.fontColor(c.firstRow + i, c.col) : PLAIN_FONT);
        });
      }
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('a second run rewrites the RAG fills (a changed word gets its new colour) and leaves the user\'s conditional formats alone', async () => {
    const fx = planWorkbook({ actions: 20 });
    const { plan } = await analysed(fx);
    const host = createExcelHost({ run: fx.run });
    const sheet = fx.sheet('Action plan');
    sheet.addUserFormat('before', [{ top: 0, left: 0, bottom: 100, right: 20 }]);
    await host.applyWrites(plan);
    sheet.addUserFormat('after', [{ top: 5, left: 2, bottom: 9, right: 2 }], 'bottom');
    const rag = plan.columns.find((c) => c.sheet === 'Action plan' && c.header === 'Calculated RAG');
    if (rag === undefined) throw new Error('no Calculated RAG column');
    const i = rag.values.findIndex((v) => v === 'Red');
    const changed = { ...rag, values: rag.values.map((v, k) => (k === i ? 'Green' : v)) };
    await host.applyWrites({ ...plan, columns: plan.columns.map((c) => (c === rag ? changed : c)) });
    expect(sheet.fill(rag.firstRow + i, rag.col)).toBe(RAG_FILLS.Green.fill);
    expect(sheet.cfs.map((c) => c.tag)).toEqual(['before', 'after']);
  });

  it('takes 2 syncs for 10 actions and at most one more (payload, not rows) for 10,000', async () => {
    const stats: Array<{ syncs: number; max: number }> = [];
    for (const n of [10, 10_000]) {
      const fx = planWorkbook({ actions: n });
      const { plan } = await analysed(fx);
      fx.resetLog();
      const r = await createExcelHost({ run: fx.run }).applyWrites(plan);
      expect(r).toEqual({ ok: true });
      stats.push({ syncs: fx.stats().syncs, max: fx.stats().maxRequestBytes });
      // Calculation is suspended before the writes.
      const firstWrite = fx.log.findIndex((e) => e.kind === 'set');
      const suspend = fx.log.findIndex((e) => e.member === 'suspendApiCalculationUntilNextSync');
      expect(suspend).toBeGreaterThanOrEqual(0);
      expect(suspend).toBeLessThan(firstWrite);
    }
    expect(stats[0].syncs).toBe(2);
    // RAG history has a row per action: 10,000 actions add about 1 MB of values,
    // so at most one more payload-driven sync (never one per row).
    expect(stats[1].syncs).toBeLessThanOrEqual(stats[0].syncs + 1);
    expect(stats[1].max).toBeLessThan(5_000_000);
  });

  it('splits a write over the request limit into row blocks, each request within the limit', async () => {
    const fx = planWorkbook({ actions: 3000 });
    const { plan } = await analysed(fx);
    fx.resetLog();
    fx.requestLimit = 120_000; // a small "5 MB" so the test stays quick
    const r = await createExcelHost({ run: fx.run, payloadBudget: 60_000 }).applyWrites(plan);
    expect(r).toEqual({ ok: true });
    expect(fx.stats().syncs).toBeGreaterThan(2);
    expect(fx.stats().maxRequestBytes).toBeLessThanOrEqual(120_000);
    const rag = plan.columns.find((c) => c.sheet === 'Action plan' && c.header === 'Check');
    if (rag === undefined) throw new Error('no Check column');
    const last = rag.values.length - 1;
    expect(fx.sheet('Action plan').value(rag.firstRow + last, rag.col)).toBe(rag.values[last] === '' ? null : rag.values[last]);
  });

  it('refuses a sheet or a column it does not own, and writes nothing', async () => {
    const fx = planWorkbook({ actions: 5 });
    const host = createExcelHost({ run: fx.run });
    const sheetPlan: WritePlan = { columns: [], cells: [], sheets: [{ sheet: 'Notes', rows: [['x']], boldRows: [], numberFormats: [], ragAreas: [], columnWidths: [] }] };
    const r1 = await host.applyWrites(sheetPlan);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.message).toContain('"Notes"');
    const colPlan: WritePlan = {
      sheets: [],
      cells: [],
      columns: [{ sheet: 'Action plan', col: 8, headerRow: 3, header: 'Notes', isNew: false, firstRow: 4, values: ['x'], numberFormat: null, rag: false }],
    };
    const r2 = await host.applyWrites(colPlan);
    expect(r2.ok).toBe(false);
    expect(fx.log.filter((e) => e.kind === 'set')).toEqual([]);
    expect(fx.stats().syncs).toBe(0);
  });

  it('refuses when a new owned column would land on a user\'s column (the sheet changed since it was read)', async () => {
    const fx = planWorkbook({ actions: 5 });
    const plan: WritePlan = {
      sheets: [],
      cells: [],
      columns: [{ sheet: 'Action plan', col: 8, headerRow: 3, header: 'Check', isNew: true, firstRow: 4, values: ['x'], numberFormat: null, rag: false }],
    };
    const r = await createExcelHost({ run: fx.run }).applyWrites(plan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"Notes"');
    expect(fx.log.filter((e) => e.kind === 'set')).toEqual([]);
    expect(fx.sheet('Action plan').value(5, 8)).toBe('analyst note 1');
  });

  it('owns exactly the contract\'s columns and sheets', () => {
    expect([...OWNED_SHEETS].sort()).toEqual(['Monthly roll-up', 'RAG history', 'Roll-up history']);
    expect([...OWNED_COLUMNS].sort()).toEqual(
      ['Calculated RAG', 'Check', 'Days overdue', 'Direction of travel', 'Latest', 'Latest period', 'Progress to target', 'Trajectory'].sort(),
    );
  });
});

describe('markFindings and clearMarks', () => {
  it('marks with one conditional format per sheet and severity, and clears only its own marks, whatever their priority', async () => {
    const fx = planWorkbook({ actions: 40 });
    const { findings } = await analysed(fx);
    expect(findings.length).toBeGreaterThan(5);
    const scorecard = fx.sheet('Scorecard');
    scorecard.addUserFormat('user-before', [{ top: 0, left: 0, bottom: 5, right: 5 }]);
    const host = createExcelHost({ run: fx.run });
    fx.resetLog();
    expect(await host.markFindings(findings)).toEqual({ ok: true });
    const adds = fx.log.filter((e) => e.member === 'add' && e.target.endsWith('.conditionalFormats'));
    const groups = new Set(findings.map((f) => f.sheet + '|' + f.severity));
    expect(adds.length).toBe(groups.size);
    expect(fx.log.filter((e) => e.member === 'getRanges').length).toBe(groups.size);
    expect(fx.stats().syncs).toBe(3);
    // Each finding's cell is covered by a mark on its sheet, carrying the mark's signature.
    for (const f of findings) {
      const at = parseA1(f.cell);
      if (at === null) continue;
      const marks = fx.sheet(f.sheet).cfs.filter((c) => c.tag === undefined);
      expect(marks.some((m) => m.props['custom.rule.formula'] === MARK_FORMULAS[f.severity] && m.areas.some((a) => a.top === at.row && a.left === at.col))).toBe(true);
    }
    // User formats added after ours, on top and at the bottom: ours now sit between them.
    scorecard.addUserFormat('user-top', [{ top: 0, left: 0, bottom: 2, right: 2 }]);
    scorecard.addUserFormat('user-bottom', [{ top: 3, left: 3, bottom: 4, right: 4 }], 'bottom');
    // Marking again replaces the marks.
    await host.markFindings(findings);
    const total = fx.sheets.reduce((n, s) => n + s.cfs.length, 0);
    expect(total).toBe(groups.size + 3);
    expect(await host.clearMarks()).toEqual({ ok: true });
    expect(fx.sheets.reduce((n, s) => n + s.cfs.length, 0)).toBe(3);
    expect(scorecard.cfs.map((c) => c.tag)).toEqual(['user-top', 'user-before', 'user-bottom']);
  });

  it('cuts long address lists into chunks within the limit', async () => {
    const rows: Array<Array<string | null>> = [];
    for (let r = 0; r < 2000; r++) rows.push(['x']);
    const fx = new FakeExcel([{ name: 'Actions', rows }]);
    const findings: Finding[] = rows.map((_, r) => ({ rule: 'ref-format', severity: 'warning', sheet: 'Actions', cell: 'A' + String(r + 1), ref: null, message: 'm' }));
    fx.resetLog();
    expect(await createExcelHost({ run: fx.run }).markFindings(findings)).toEqual({ ok: true });
    const calls = fx.log.filter((e) => e.member === 'getRanges');
    expect(calls.length).toBe(chunkAddresses(findings.map((f) => f.cell)).length);
    expect(calls.length).toBeGreaterThan(1);
    for (const c of calls) expect(String(c.detail).length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    expect(fx.stats().syncs).toBe(3);
  });

  it('says so when findings are on a sheet that is gone', async () => {
    const fx = new FakeExcel([{ name: 'Actions', rows: [['x']] }]);
    const r = await createExcelHost({ run: fx.run }).markFindings([{ rule: 'ref-format', severity: 'error', sheet: 'Old', cell: 'A1', ref: null, message: 'm' }]);
    expect(r.ok).toBe(false);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const fx = planWorkbook({ actions: 3 });
    const host = createExcelHost({ run: fx.run });
    expect(await host.selectCell('Scorecard', 'D2')).toEqual({ ok: true });
    expect(fx.activeSheet).toBe('Scorecard');
    expect(fx.selection).toBe('Scorecard!D2');
    const r = await host.selectCell('Gone', 'A1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"Gone"');
  });
});

describe('address helpers', () => {
  it('row blocks stay within the byte budget', () => {
    const blocks = rowBlocks([10, 10, 10, 10, 10], 25);
    expect(blocks.map((b) => [b.start, b.count])).toEqual([[0, 2], [2, 2], [4, 1]]);
    expect(rowBlocks([100], 10)).toEqual([{ start: 0, count: 1, bytes: 100 }]);
  });
});
