/**
 * Every validation rule of contract 4.3, through a real .xlsx file and the
 * `plan check` command: a clean plan (fixtures-rules.ts) with one change per
 * row of the table below, and the exact findings that change must give (rule,
 * severity, sheet, cell, ref, the value seen quoted in the message, the exit
 * code). "Does not fire" twins hold the boundaries next to some rules.
 */
import { describe, expect, it } from 'vitest';
import type { RuleId, Severity } from '../../src/core/findings';
import { planJson } from '../helpers/cli';
import { d, writeXlsx, type XCell } from '../helpers/xlsx-builder';
import { cleanPlan, renameSheet, setCell, toWorkbook, type EditablePlan } from './fixtures-rules';

interface CheckJson {
  asOf: string;
  ready: boolean;
  errors: number;
  warnings: number;
  findings: Array<{ rule: RuleId; severity: Severity; sheet: string; cell: string; ref: string | null; message: string }>;
}

interface ReportJson {
  actions: Array<{ ref: string; rag: string; daysOverdue: number }>;
  measures: Array<{ id: string; rag: string }>;
}

/** The 37 rule ids of contract 4.3, in the contract's order. */
const CONTRACT_RULES: ReadonlyArray<RuleId> = [
  'sheet-missing', 'column-missing', 'ref-missing', 'ref-duplicate', 'ref-format', 'ref-stored-as-number',
  'theme-unknown', 'theme-mismatch', 'action-missing', 'outcome-missing', 'lead-missing', 'lead-unknown',
  'due-missing', 'due-invalid', 'due-outside-plan', 'status-missing', 'status-unknown', 'completed-date-missing',
  'completed-date-future', 'overdue-on-track', 'update-missing', 'update-stale', 'measure-unknown',
  'evidence-missing', 'manual-rag-mismatch', 'cell-error', 'measure-id-missing', 'measure-id-duplicate',
  'polarity-missing', 'polarity-unknown', 'target-missing', 'baseline-missing', 'value-not-number',
  'pct-out-of-range', 'pct-mixed-scale', 'target-below-baseline', 'latest-missing',
];

/** Cells to set (`Sheet!A1` -> value; null blanks the cell), or any edit of the plan. */
type Edit = Readonly<Record<string, XCell>> | ((plan: EditablePlan) => void);

interface Expected {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly ref: string | null;
  /** Texts the message must contain: the value seen, the other cell named, ... */
  readonly quotes: ReadonlyArray<string>;
}

interface RuleCase {
  /** The rule the change is for. */
  readonly rule: RuleId;
  readonly change: string;
  readonly edit: Edit;
  /** Every finding the check must give, in order. */
  readonly expect: ReadonlyArray<Expected>;
}

const act = (rule: RuleId, severity: Severity, cell: string, ref: string | null, ...quotes: string[]): Expected => ({ rule, severity, sheet: 'Actions', cell, ref, quotes });
const msr = (rule: RuleId, severity: Severity, cell: string, ref: string | null, ...quotes: string[]): Expected => ({ rule, severity, sheet: 'Measures', cell, ref, quotes });
const E: Severity = 'error';
const W: Severity = 'warning';
const pct = (x: number): XCell => ({ pct: x });

// Row 3 of Actions is action 1.2 (On track, due 31/01/2017, RAG G); row 4 is 1.3 (Complete).
// Row 2 of Measures is CL1 (% cells), row 3 CL2 (plain fractions), row 4 RR1 (Number, lower).
const CASES: ReadonlyArray<RuleCase> = [
  {
    rule: 'sheet-missing', change: 'the Actions sheet renamed Tasks',
    edit: (p) => renameSheet(p, 'Actions', 'Tasks'),
    expect: [{ rule: 'sheet-missing', severity: E, sheet: 'Tasks', cell: 'A1', ref: null, quotes: ["'Tasks'", "'Measures'"] }],
  },
  {
    rule: 'sheet-missing', change: 'the Measures sheet renamed Data (a warning)',
    edit: (p) => renameSheet(p, 'Measures', 'Data'),
    expect: [{ rule: 'sheet-missing', severity: W, sheet: 'Actions', cell: 'A1', ref: null, quotes: ["'Data'"] }],
  },
  {
    // Neither sheet is found: both findings belong at A1 of the workbook's first sheet, naming the sheets it has.
    rule: 'sheet-missing', change: 'no sheet has a known name (Tasks, Data, Contacts)',
    edit: (p) => {
      renameSheet(p, 'Actions', 'Tasks');
      renameSheet(p, 'Measures', 'Data');
      renameSheet(p, 'Officers', 'Contacts');
    },
    expect: [
      { rule: 'sheet-missing', severity: E, sheet: 'Tasks', cell: 'A1', ref: null, quotes: ["'Tasks'", "'Data'"] },
      { rule: 'sheet-missing', severity: W, sheet: 'Tasks', cell: 'A1', ref: null, quotes: ["'Tasks'", "'Data'"] },
    ],
  },
  {
    rule: 'column-missing', change: 'no header row at all (row 1 holds only Notes)',
    edit: (p) => {
      for (let c = 0; c < 13; c++) setCell(p, 'Actions!' + String.fromCharCode(65 + c) + '1', c === 0 ? 'Notes' : null);
    },
    expect: [act('column-missing', E, 'A1', null, "'Notes'")],
  },
  {
    rule: 'column-missing', change: 'the Expected outcome header replaced by Notes',
    edit: { 'Actions!D1': 'Notes' },
    expect: [act('column-missing', E, 'A1', null, 'Outcome', "'Notes'")],
  },
  {
    rule: 'column-missing', change: 'the Polarity header replaced by Trend',
    edit: { 'Measures!D1': 'Trend' },
    expect: [msr('column-missing', E, 'A1', null, 'Polarity', "'Trend'")],
  },
  { rule: 'ref-missing', change: 'ref 1.2 blanked', edit: { 'Actions!A3': null }, expect: [act('ref-missing', E, 'A3', null, 'A3')] },
  { rule: 'ref-duplicate', change: 'ref 1.2 typed as 1.1', edit: { 'Actions!A3': '1.1' }, expect: [act('ref-duplicate', E, 'A3', '1.1', '"1.1"', 'A2')] },
  { rule: 'ref-format', change: 'ref 1.2 typed as 1-2', edit: { 'Actions!A3': '1-2' }, expect: [act('ref-format', W, 'A3', '1-2', '"1-2"')] },
  { rule: 'ref-stored-as-number', change: 'ref 1.2 stored as the number 1.2', edit: { 'Actions!A3': 1.2 }, expect: [act('ref-stored-as-number', W, 'A3', '1.2', '"1.2"')] },
  {
    // A ref without a number is necessarily not N.N, so ref-format comes with it.
    rule: 'theme-unknown', change: 'ref New and a blank Theme',
    edit: { 'Actions!A3': 'New', 'Actions!B3': null },
    expect: [act('ref-format', W, 'A3', 'New', '"New"'), act('theme-unknown', E, 'B3', 'New', '"New"', 'B3')],
  },
  {
    // Without a Theme column theme-unknown points at the Ref; two findings in one cell keep rule order.
    rule: 'theme-unknown', change: 'ref New and no Theme column',
    edit: { 'Actions!A3': 'New', 'Actions!B1': 'Notes' },
    expect: [act('ref-format', W, 'A3', 'New', '"New"'), act('theme-unknown', E, 'A3', 'New', '"New"')],
  },
  { rule: 'theme-mismatch', change: 'Theme "2. Care leavers" on ref 1.2', edit: { 'Actions!B3': '2. Care leavers' }, expect: [act('theme-mismatch', E, 'B3', '1.2', '"2. Care leavers"', '"1.2"')] },
  { rule: 'action-missing', change: 'Action TBC', edit: { 'Actions!C3': 'TBC' }, expect: [act('action-missing', E, 'C3', '1.2', '"TBC"')] },
  { rule: 'outcome-missing', change: 'Expected outcome n/a', edit: { 'Actions!D3': 'n/a' }, expect: [act('outcome-missing', E, 'D3', '1.2', '"n/a"')] },
  { rule: 'lead-missing', change: 'Lead officer blanked', edit: { 'Actions!F3': null }, expect: [act('lead-missing', E, 'F3', '1.2', 'F3')] },
  { rule: 'lead-unknown', change: 'Lead officer misspelt Jo Blogs', edit: { 'Actions!F3': 'Jo Blogs' }, expect: [act('lead-unknown', W, 'F3', '1.2', '"Jo Blogs"')] },
  { rule: 'due-missing', change: 'Due date blanked', edit: { 'Actions!G3': null }, expect: [act('due-missing', E, 'G3', '1.2', 'G3')] },
  { rule: 'due-invalid', change: 'Due date 12/31/2016 (US order)', edit: { 'Actions!G3': '12/31/2016' }, expect: [act('due-invalid', E, 'G3', '1.2', '"12/31/2016"', '31/12/2016')] },
  { rule: 'due-invalid', change: 'Due date Ongoing', edit: { 'Actions!G3': 'Ongoing' }, expect: [act('due-invalid', E, 'G3', '1.2', '"Ongoing"')] },
  { rule: 'due-invalid', change: 'Due date 31/02/2017 (no such day)', edit: { 'Actions!G3': '31/02/2017' }, expect: [act('due-invalid', E, 'G3', '1.2', '"31/02/2017"')] },
  { rule: 'due-outside-plan', change: 'Due date 30/04/2017', edit: { 'Actions!G3': d(2017, 4, 30) }, expect: [act('due-outside-plan', W, 'G3', '1.2', '30/04/2017', '2016/17')] },
  { rule: 'status-missing', change: 'Status blanked', edit: { 'Actions!H3': null }, expect: [act('status-missing', E, 'H3', '1.2', 'H3')] },
  { rule: 'status-unknown', change: 'Status Waiting', edit: { 'Actions!H3': 'Waiting' }, expect: [act('status-unknown', E, 'H3', '1.2', '"Waiting"')] },
  { rule: 'completed-date-missing', change: 'the Complete action 1.3 without its completed date', edit: { 'Actions!J4': null }, expect: [act('completed-date-missing', E, 'J4', '1.3', 'J4')] },
  {
    rule: 'completed-date-missing', change: 'the Complete action 1.3 completed "Summer"',
    edit: { 'Actions!J4': 'Summer' },
    expect: [act('completed-date-missing', E, 'J4', '1.3', '"Summer"')],
  },
  { rule: 'completed-date-future', change: 'action 1.3 completed 15/11/2016', edit: { 'Actions!J4': d(2016, 11, 15) }, expect: [act('completed-date-future', E, 'J4', '1.3', '15/11/2016')] },
  {
    rule: 'overdue-on-track', change: 'due 30/09/2016, still On track (RAG R so only the status is at fault)',
    edit: { 'Actions!G3': d(2016, 9, 30), 'Actions!I3': 'R' },
    expect: [act('overdue-on-track', E, 'H3', '1.2', '"On track"', '30/09/2016', '31 days')],
  },
  {
    rule: 'overdue-on-track', change: 'due 30/09/2016, Not started, RAG G: the RAG disagrees too',
    edit: { 'Actions!G3': d(2016, 9, 30), 'Actions!H3': 'Not started' },
    expect: [act('overdue-on-track', E, 'H3', '1.2', '"Not started"'), act('manual-rag-mismatch', W, 'I3', '1.2', '"G"', 'Red')],
  },
  {
    rule: 'update-missing', change: 'At risk (RAG A) with update "-"',
    edit: { 'Actions!H3': 'At risk', 'Actions!I3': 'A', 'Actions!K3': '-' },
    expect: [act('update-missing', E, 'K3', '1.2', '"-"')],
  },
  {
    rule: 'update-missing', change: 'Off track (RAG R) and no Progress update column: at the Status',
    edit: { 'Actions!K1': 'Notes', 'Actions!H3': 'Off track', 'Actions!I3': 'R' },
    expect: [act('update-missing', E, 'H3', '1.2', 'H3')],
  },
  { rule: 'update-stale', change: 'last updated 25/09/2016 (36 days)', edit: { 'Actions!L3': d(2016, 9, 25) }, expect: [act('update-stale', W, 'L3', '1.2', '25/09/2016', '36 days')] },
  { rule: 'update-stale', change: 'last updated "last month"', edit: { 'Actions!L3': 'last month' }, expect: [act('update-stale', W, 'L3', '1.2', '"last month"')] },
  { rule: 'update-stale', change: 'last updated blanked', edit: { 'Actions!L3': null }, expect: [act('update-stale', W, 'L3', '1.2', 'L3')] },
  { rule: 'measure-unknown', change: 'Measures "CL2, CL9"', edit: { 'Actions!E3': 'CL2, CL9' }, expect: [act('measure-unknown', E, 'E3', '1.2', '"CL2, CL9"', 'CL9')] },
  { rule: 'evidence-missing', change: 'the Complete action 1.3 with evidence TBC', edit: { 'Actions!M4': 'TBC' }, expect: [act('evidence-missing', W, 'M4', '1.3', '"TBC"')] },
  { rule: 'manual-rag-mismatch', change: 'RAG R on a Green action', edit: { 'Actions!I3': 'R' }, expect: [act('manual-rag-mismatch', W, 'I3', '1.2', '"R"', 'Green')] },
  { rule: 'cell-error', change: 'Due date #REF!', edit: { 'Actions!G3': { error: '#REF!' } }, expect: [act('cell-error', E, 'G3', '1.2', '#REF!')] },
  { rule: 'cell-error', change: 'CL1 Sep value #DIV/0!', edit: { 'Measures!L2': { error: '#DIV/0!' } }, expect: [msr('cell-error', E, 'L2', 'CL1', '#DIV/0!')] },
  { rule: 'measure-id-missing', change: 'RR1 id blanked', edit: { 'Measures!A4': null }, expect: [msr('measure-id-missing', E, 'A4', null, 'A4')] },
  { rule: 'measure-id-duplicate', change: 'RR1 id typed cl1', edit: { 'Measures!A4': 'cl1' }, expect: [msr('measure-id-duplicate', E, 'A4', 'cl1', '"cl1"', 'A2')] },
  { rule: 'polarity-missing', change: 'CL2 polarity blanked', edit: { 'Measures!D3': null }, expect: [msr('polarity-missing', E, 'D3', 'CL2', 'D3')] },
  { rule: 'polarity-unknown', change: 'CL2 polarity Sideways', edit: { 'Measures!D3': 'Sideways' }, expect: [msr('polarity-unknown', E, 'D3', 'CL2', '"Sideways"')] },
  { rule: 'target-missing', change: 'CL2 target TBC', edit: { 'Measures!F3': 'TBC' }, expect: [msr('target-missing', E, 'F3', 'CL2', '"TBC"')] },
  { rule: 'target-missing', change: 'RR1 target blanked', edit: { 'Measures!F4': null }, expect: [msr('target-missing', E, 'F4', 'RR1', 'F4')] },
  { rule: 'baseline-missing', change: 'CL2 baseline n/a', edit: { 'Measures!E3': 'n/a' }, expect: [msr('baseline-missing', W, 'E3', 'CL2', '"n/a"')] },
  {
    rule: 'baseline-missing', change: 'no Baseline column: at each ID',
    edit: { 'Measures!E1': 'Notes' },
    expect: [msr('baseline-missing', W, 'A2', 'CL1', 'A2'), msr('baseline-missing', W, 'A3', 'CL2', 'A3'), msr('baseline-missing', W, 'A4', 'RR1', 'A4')],
  },
  { rule: 'value-not-number', change: 'RR1 Aug value "about 108"', edit: { 'Measures!K4': 'about 108' }, expect: [msr('value-not-number', E, 'K4', 'RR1', '"about 108"')] },
  { rule: 'pct-out-of-range', change: 'CL1 Sep value 120%', edit: { 'Measures!L2': pct(1.2) }, expect: [msr('pct-out-of-range', W, 'L2', 'CL1', '"120%"')] },
  { rule: 'pct-out-of-range', change: 'CL2 baseline -0.1', edit: { 'Measures!E3': -0.1 }, expect: [msr('pct-out-of-range', W, 'E3', 'CL2', '"-0.1"', '-10%')] },
  {
    rule: 'pct-mixed-scale', change: 'CL2 (plain fractions) Sep typed as points, 85',
    edit: { 'Measures!L3': 85 },
    expect: [msr('pct-mixed-scale', W, 'A3', 'CL2', '"0.8"', '"85"')],
  },
  { rule: 'target-below-baseline', change: 'CL1 target 45% under its 50% baseline', edit: { 'Measures!F2': pct(0.45) }, expect: [msr('target-below-baseline', W, 'F2', 'CL1', '"45%"', '"50%"')] },
  { rule: 'target-below-baseline', change: 'RR1 (lower) target 130 over its 120 baseline', edit: { 'Measures!F4': 130 }, expect: [msr('target-below-baseline', W, 'F4', 'RR1', '"130"', '"120"')] },
  { rule: 'latest-missing', change: 'CL1 Sep value c', edit: { 'Measures!L2': 'c' }, expect: [msr('latest-missing', W, 'L2', 'CL1', '"c"')] },
  { rule: 'latest-missing', change: 'RR1 Sep value blanked', edit: { 'Measures!L4': null }, expect: [msr('latest-missing', W, 'L4', 'RR1', 'L4')] },
];

interface Twin {
  readonly name: string;
  readonly edit: Edit;
  /** What `plan report` must say about an action or a measure (the boundary's other side). */
  readonly action?: { readonly ref: string; readonly rag: string; readonly daysOverdue: number };
  readonly measure?: { readonly id: string; readonly rag: string };
}

const TWINS: ReadonlyArray<Twin> = [
  { name: 'update-stale: last updated exactly 35 days before (26/09/2016)', edit: { 'Actions!L3': d(2016, 9, 26) } },
  { name: 'update-stale: last updated after the as-of date', edit: { 'Actions!L3': d(2016, 11, 4) } },
  { name: 'update-stale: a Deferred action updated long ago (RAG blank)', edit: { 'Actions!H3': 'Deferred', 'Actions!I3': null, 'Actions!L3': d(2016, 1, 4) }, action: { ref: '1.2', rag: 'Grey', daysOverdue: 0 } },
  {
    name: 'rule 7: Not started, due in exactly 30 days (30/11/2016) is Amber, and RAG A agrees',
    edit: { 'Actions!H3': 'Not started', 'Actions!G3': d(2016, 11, 30), 'Actions!I3': 'A' },
    action: { ref: '1.2', rag: 'Amber', daysOverdue: 0 },
  },
  {
    name: 'rule 7: Not started, due in 31 days (01/12/2016) is Green, and RAG G agrees',
    edit: { 'Actions!H3': 'Not started', 'Actions!G3': d(2016, 12, 1), 'Actions!I3': 'G' },
    action: { ref: '1.2', rag: 'Green', daysOverdue: 0 },
  },
  {
    name: 'overdue-on-track: On track and due on the as-of date itself is not overdue',
    edit: { 'Actions!G3': d(2016, 10, 31) },
    action: { ref: '1.2', rag: 'Green', daysOverdue: 0 },
  },
  { name: 'due-outside-plan: due on the last day of the plan year (31/03/2017)', edit: { 'Actions!G3': d(2017, 3, 31) } },
  { name: 'due-invalid: text dates the contract reads (Q4 2016/17)', edit: { 'Actions!G3': 'Q4 2016/17' }, action: { ref: '1.2', rag: 'Green', daysOverdue: 0 } },
  { name: 'completed-date-missing: no Completed date column (late is false)', edit: { 'Actions!J1': 'Notes', 'Actions!J4': null }, action: { ref: '1.3', rag: 'Blue', daysOverdue: 0 } },
  { name: 'evidence-missing: no Evidence column', edit: { 'Actions!M1': 'Notes', 'Actions!M4': null } },
  { name: 'update-stale: no Last updated column', edit: { 'Actions!L1': 'Notes', 'Actions!L3': d(2016, 1, 4) } },
  { name: 'lead-unknown: no Officers sheet', edit: (p) => { renameSheet(p, 'Officers', 'Contacts'); setCell(p, 'Actions!F3', 'Jo Blogs'); } },
  { name: 'completed-date-future: completed on the as-of date', edit: { 'Actions!J4': d(2016, 10, 31) } },
  { name: 'manual-rag-mismatch: RAG G on a Deferred action (Grey is not compared)', edit: { 'Actions!H3': 'Deferred' }, action: { ref: '1.2', rag: 'Grey', daysOverdue: 0 } },
  { name: 'manual-rag-mismatch: a RAG word that is not a colour (TBC)', edit: { 'Actions!I3': 'TBC' } },
  { name: 'lead-unknown: two listed officers in one cell, any case', edit: { 'Actions!F3': 'jo bloggs / Sam Smith' } },
  { name: 'measure-unknown: brackets, a stop and a quarter are not ids', edit: { 'Actions!E3': '(CL2). Review in Q3' } },
  { name: 'ref-duplicate: 1.10 is not 1.1', edit: { 'Actions!A3': '1.10' } },
  { name: 'pct-mixed-scale: 85% typed as text next to plain fractions', edit: { 'Measures!L3': '85%' } },
  { name: 'pct-mixed-scale: 85 as a % cell next to plain fractions', edit: { 'Measures!L3': pct(0.85) } },
  { name: 'pct-out-of-range: exactly 100% and 0%', edit: { 'Measures!L2': pct(1), 'Measures!K2': pct(0) } },
  { name: 'target-below-baseline: target equal to baseline', edit: { 'Measures!F2': pct(0.5) } },
  { name: 'target-below-baseline: a band measure (Close to target) is not checked', edit: { 'Measures!D2': 'Close to target', 'Measures!F2': pct(0.45) } },
  {
    name: 'target-missing / latest-missing: a context measure without target or Sep value',
    edit: { 'Measures!D4': 'Context', 'Measures!F4': null, 'Measures!L4': null },
    measure: { id: 'RR1', rag: 'n/a' },
  },
  { name: 'latest-missing: the as-of month (Oct) may still be empty', edit: {} },
];

function applyEdit(plan: EditablePlan, edit: Edit): void {
  if (typeof edit === 'function') {
    edit(plan);
    return;
  }
  for (const at of Object.keys(edit)) setCell(plan, at, edit[at]);
}

let fileCount = 0;
async function fileWith(edit: Edit): Promise<string> {
  const plan = cleanPlan();
  applyEdit(plan, edit);
  fileCount++;
  return writeXlsx('rule-' + String(fileCount) + '.xlsx', toWorkbook(plan));
}

async function check(file: string): Promise<{ code: number; json: CheckJson }> {
  const r = await planJson<CheckJson>('check', file, '--as-of', '2016-10-31');
  return { code: r.code, json: r.json };
}

describe('the clean base plan', () => {
  it('has no findings at all, as a real .xlsx through plan check', async () => {
    const { code, json } = await check(await fileWith({}));
    expect(json.findings).toEqual([]);
    expect([code, json.errors, json.warnings, json.ready]).toEqual([0, 0, 0, true]);
  });

  it('rates what the twins lean on: 1.1 and 1.2 Green, 1.3 Blue, every measure rated', async () => {
    const r = await planJson<ReportJson>('report', await fileWith({}), '--as-of', '2016-10-31');
    expect(r.json.actions.map((a) => [a.ref, a.rag, a.daysOverdue])).toEqual([['1.1', 'Green', 0], ['1.2', 'Green', 0], ['1.3', 'Blue', 0]]);
    // CL1 55% vs 60% (5 points tolerance: Amber); CL2 0.85 vs 0.9 (Amber); RR1 105 vs 100 (5% of 100: Amber).
    expect(r.json.measures.map((m) => [m.id, m.rag])).toEqual([['CL1', 'Amber'], ['CL2', 'Amber'], ['RR1', 'Amber']]);
  });
});

describe('the rule table', () => {
  it('covers every rule id of contract 4.3', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(CONTRACT_RULES).toHaveLength(37);
    expect(CONTRACT_RULES.filter((r) => !covered.has(r))).toEqual([]);
    for (const c of CASES) expect(c.expect.map((e) => e.rule)).toContain(c.rule);
  });
});

describe('each rule fires on a real .xlsx, at its cell, and alone', () => {
  it.each(CASES.map((c) => [c.rule, c.change, c] as const))('%s: %s', async (_rule, _change, c) => {
    const { code, json } = await check(await fileWith(c.edit));
    expect(json.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, ref: f.ref }))).toEqual(
      c.expect.map((e) => ({ rule: e.rule, severity: e.severity, sheet: e.sheet, cell: e.cell, ref: e.ref })),
    );
    json.findings.forEach((f, i) => {
      for (const q of c.expect[i].quotes) expect(f.message).toContain(q);
      expect(f.message).not.toMatch(/\n/);
    });
    const errors = c.expect.filter((e) => e.severity === 'error').length;
    expect([json.errors, json.warnings]).toEqual([errors, c.expect.length - errors]);
    expect(json.ready).toBe(errors === 0);
    expect(code).toBe(errors > 0 ? 1 : 0);
  });
});

describe('and does not fire just the other side of its boundary', () => {
  it.each(TWINS.map((t) => [t.name, t] as const))('%s', async (_name, t) => {
    const file = await fileWith(t.edit);
    const { code, json } = await check(file);
    expect(json.findings).toEqual([]);
    expect(code).toBe(0);
    if (t.action !== undefined || t.measure !== undefined) {
      const r = await planJson<ReportJson>('report', file, '--as-of', '2016-10-31');
      if (t.action !== undefined) {
        const want = t.action;
        const a = r.json.actions.find((x) => x.ref === want.ref);
        expect(a === undefined ? null : { ref: a.ref, rag: a.rag, daysOverdue: a.daysOverdue }).toEqual(want);
      }
      if (t.measure !== undefined) {
        const want = t.measure;
        const m = r.json.measures.find((x) => x.id === want.id);
        expect(m?.rag).toBe(want.rag);
      }
    }
  });
});
