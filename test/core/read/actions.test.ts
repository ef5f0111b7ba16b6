import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/core/read';
import type { ActionRow, Plan } from '../../../src/core/model';
import type { CellInput } from '../../helpers/snapshot-builder';
import { date, err, sheet, workbook } from '../../helpers/snapshot-builder';
import { serialFromYmd } from '../../../src/core/calendar';
import { fieldAddress } from '../../../src/core/address';
import { ACTION_HEADER } from './fixtures';

const AS_OF = serialFromYmd(2016, 10, 31);

function plan(rows: ReadonlyArray<ReadonlyArray<CellInput>>, opts?: Parameters<typeof sheet>[2], name = 'Actions'): Plan {
  return readPlan(workbook(sheet(name, rows, opts)), AS_OF);
}

function actionRows(p: Plan): ReadonlyArray<ActionRow> {
  if (p.actions === null) throw new Error('no actions table');
  return p.actions.rows;
}

/** A field's A1 address, undefined when the column is not in the sheet. */
function addressOf(f: { row: number; col: number } | null): string | undefined {
  return f === null ? undefined : fieldAddress(f);
}

function value<T>(f: { read: { kind: string } } | null): T | string {
  if (f === null) return 'no column';
  const r = f.read as { kind: string; value?: T };
  return r.kind === 'value' ? (r.value as T) : r.kind;
}

const ROW: ReadonlyArray<CellInput> = [
  '1.1', '1. Early help', 'Set up front door', 'Faster decisions', 'EH1, EH2', 'Jo Bloggs', '31/12/2016', 'In progress', 'G',
  null, 'Going well', date(2016, 10, 1), 'Minutes',
];

describe('readPlan: Actions columns', () => {
  it('reads every canonical column from the contract header', () => {
    const p = plan([ACTION_HEADER, ROW]);
    expect(p.actions?.layout.columns).toEqual({
      Ref: 0, Theme: 1, Action: 2, Outcome: 3, Measures: 4, Lead: 5, Due: 6, Status: 7, 'Manual RAG': 8, Completed: 9,
      Update: 10, Updated: 11, Evidence: 12,
    });
    const [r] = actionRows(p);
    expect(r.row).toBe(1);
    expect(value(r.ref)).toBe('1.1');
    expect(addressOf(r.ref)).toBe('A2');
    expect(value(r.action)).toBe('Set up front door');
    expect(value(r.outcome)).toBe('Faster decisions');
    expect(value(r.measures)).toBe('EH1, EH2');
    expect(value(r.lead)).toBe('Jo Bloggs');
    expect(value(r.due)).toBe(serialFromYmd(2016, 12, 31));
    expect(value(r.status)).toBe('On track');
    expect(value(r.manualRag)).toBe('G');
    expect(r.completed?.read).toEqual({ kind: 'blank' });
    expect(value(r.update)).toBe('Going well');
    expect(value(r.updated)).toBe(serialFromYmd(2016, 10, 1));
    expect(value(r.evidence)).toBe('Minutes');
    expect(p.structural).toEqual(p.structural.filter((f) => f.rule === 'sheet-missing' && f.severity === 'warning'));
  });

  it.each([
    ['Ref', ['Reference', 'Action ref', 'No.', 'No', 'NOS', 'ID', '#']],
    ['Theme', ['Priority', 'Thematic area', 'Workstream', 'Area', 'Section']],
    ['Action', ['Action description', 'What?', 'What we will do', 'Activity', 'Task', 'Key action']],
    ['Outcome', ['Outcome', 'Impact', 'Intended impact', 'What difference will it make?']],
    ['Measures', ['Measures', 'Improvement measure', 'Measure of success', 'Success measures', 'Success criteria', 'KPI', 'Measure ref']],
    ['Lead', ['Lead', 'Who?', 'Owner', 'Responsible officer', 'Accountable officer']],
    ['Due', ['Target date', 'Deadline', 'By when', 'When?', 'Timescale', 'Due', 'Date due', 'DUE DATE:']],
    ['Status', ['Current status', 'Progress status']],
    ['Manual RAG', ['RAG status', 'RAG rating', 'BRAG']],
    ['Completed', ['Date completed', 'Completion date', 'Actual completion date']],
    ['Update', ['Update', 'Progress to date', 'Commentary', 'Comments', 'Monthly update']],
    ['Updated', ['Date of update', 'Updated on', 'As at']],
    ['Evidence', ['Evidence of impact', 'Evidence location']],
  ] as const)('recognises every synonym of %s', (canonical, synonyms) => {
    // The synonym replaces the contract header's own name and is moved to the end.
    const without = ACTION_HEADER.filter((_h, i) => i !== colOf(canonical));
    for (const syn of synonyms) {
      const p = plan([without.concat([syn])]);
      expect(p.actions?.layout.columns[canonical], syn).toBe(without.length);
    }
  });

  it('finds columns in any order', () => {
    const header = ['Status', 'Lead', 'Due', 'Action', 'Ref', 'Outcome'];
    const p = plan([header, ['Done', 'Jo', '1/4/2016', 'Do', '2.1', 'Good']]);
    expect(p.actions?.layout.columns).toEqual({ Status: 0, Lead: 1, Due: 2, Action: 3, Ref: 4, Outcome: 5 });
    expect(value(actionRows(p)[0].status)).toBe('Complete');
    expect(p.structural.filter((f) => f.rule === 'column-missing')).toEqual([]);
  });

  it('gives the first of two headers naming one column, and leaves unknown columns alone', () => {
    const p = plan([['Ref', 'Action', 'Task', 'Notes', 'Outcome', 'Lead', 'Due', 'Status']]);
    expect(p.actions?.layout.columns['Action']).toBe(1);
    expect(Object.values(p.actions?.layout.columns ?? {})).not.toContain(2);
    expect(Object.values(p.actions?.layout.columns ?? {})).not.toContain(3);
    expect(p.actions?.layout.headersSeen).toContain('Notes');
  });

  it('finds the owned columns so they are rewritten in place', () => {
    const p = plan([[...ACTION_HEADER, 'Calculated RAG', 'Days overdue', 'Check']]);
    expect(p.actions?.layout.columns['Calculated RAG']).toBe(13);
    expect(p.actions?.layout.columns['Days overdue']).toBe(14);
    expect(p.actions?.layout.columns['Check']).toBe(15);
    expect(p.actions?.layout.lastCol).toBe(15);
  });

  it('a column absent from the sheet is null, a blank cell in a present column is blank', () => {
    const p = plan([['Ref', 'Action', 'Outcome', 'Lead', 'Due', 'Status'], ['1.1', 'Do', null, 'Jo', '1/4/16', 'Done']]);
    const r = actionRows(p)[0];
    expect(r.evidence).toBeNull();
    expect(r.completed).toBeNull();
    expect(r.outcome?.read).toEqual({ kind: 'blank' });
    expect(addressOf(r.outcome)).toBe('C2');
  });
});

function colOf(name: string): number {
  const map: Record<string, number> = {
    Ref: 0, Theme: 1, Action: 2, Outcome: 3, Measures: 4, Lead: 5, Due: 6, Status: 7, 'Manual RAG': 8, Completed: 9,
    Update: 10, Updated: 11, Evidence: 12,
  };
  return map[name];
}

describe('readPlan: header row', () => {
  it('skips title rows above the header', () => {
    const p = plan([
      ['Children\'s Services Improvement Plan 2016-17'],
      ['Last updated: 31/10/2016'],
      [],
      ['Ref', 'Action', 'Outcome', 'Lead', 'Due', 'Status'],
      ['1.1', 'Do', 'Good', 'Jo', '1/4/16', 'Done'],
    ]);
    expect(p.actions?.layout.headerRow).toBe(3);
    expect(actionRows(p).map((r) => r.row)).toEqual([4]);
  });

  it('needs three recognised names on one row', () => {
    const p = plan([['Ref', 'Action'], ['Ref', 'Action', 'Status', 'Lead', 'Outcome', 'Due'], ['1.1']]);
    expect(p.actions?.layout.headerRow).toBe(1);
  });

  it('finds a header on row 15 but not on row 16', () => {
    const header = ['Ref', 'Action', 'Outcome', 'Lead', 'Due', 'Status'];
    const padding = (n: number): CellInput[][] => Array.from({ length: n }, (_x, i) => ['Title line ' + String(i)]);
    expect(plan([...padding(14), header]).actions?.layout.headerRow).toBe(14);
    const late = plan([...padding(15), header, ['1.1']]);
    expect(late.actions).toBeNull();
    const missing = late.structural.filter((f) => f.rule === 'column-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'A1' });
    expect(missing[0].message).toContain("'Title line 0'");
  });

  it('reports one column-missing per missing required column at the first header cell', () => {
    const p = plan([['Title'], [null, 'Ref', 'Action', 'Status', 'Notes']]);
    const missing = p.structural.filter((f) => f.rule === 'column-missing');
    expect(missing.map((f) => f.cell)).toEqual(['B2', 'B2', 'B2']);
    expect(missing.map((f) => f.message.split("'")[1])).toEqual(['Outcome', 'Lead', 'Due']);
    expect(missing[0].message).toContain("'Ref', 'Action', 'Status', 'Notes'");
    expect(missing.every((f) => f.sheet === 'Actions' && f.severity === 'error' && f.ref === null)).toBe(true);
  });
});

describe('readPlan: Actions rows', () => {
  const header = ['Ref', 'Action', 'Outcome', 'Lead', 'Due', 'Status'];

  it('skips blank rows and ends at the last non-blank row', () => {
    const p = plan([header, ['1.1', 'A'], [], [null, '  '], ['1.2', 'B'], [], []]);
    expect(actionRows(p).map((r) => r.row)).toEqual([1, 4]);
    expect(p.actions?.layout.lastRow).toBe(4);
  });

  it('treats a row with only its first cell filled as a section row and uses it for the theme', () => {
    const p = plan([header, ['2. Improve outcomes for care leavers'], ['A1', 'Do'], ['Care leavers team'], ['x', 'Do']]);
    expect(p.actions?.sections).toEqual([
      { row: 1, text: '2. Improve outcomes for care leavers' },
      { row: 3, text: 'Care leavers team' },
    ]);
    const rows = actionRows(p);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(rows[0].theme).toEqual({ key: '1', label: '1' }); // A1: the ref's first number wins over the section
    expect(rows[0].sectionTheme).toEqual({ key: '2', label: '2. Improve outcomes for care leavers' });
    expect(rows[1].theme).toEqual({ key: 'Care leavers team', label: 'Care leavers team' });
  });

  it('reads merged section rows (text in the top-left cell, even when an adapter repeats it)', () => {
    const s = '3. Workforce';
    const p = plan([header, [s, s, s, s, s, s], ['', 'Recruit', 'Staff', 'Jo', '1/4/17', 'On track']], { merges: ['A2:F2'] });
    expect(p.actions?.sections).toEqual([{ row: 1, text: s }]);
    const [r] = actionRows(p);
    expect(r.theme).toEqual({ key: '3', label: s });
    expect(r.ref?.read).toEqual({ kind: 'blank' });
  });

  it('keeps a lone ref in the Ref column as an action, not a section', () => {
    const p = plan([header, ['1.5'], [2.3]]);
    expect(p.actions?.sections).toEqual([]);
    expect(actionRows(p).map((r) => value(r.ref))).toEqual(['1.5', '2.3']);
  });

  it('fills a vertically merged lead down its rows, but not sideways', () => {
    const p = plan(
      [header, ['1.1', 'A', 'O', 'Jo Bloggs', '1/4/16', 'Done'], ['1.2', 'B', 'O', null, '1/4/16', 'Done'], ['1.3', 'Long text', null, 'Al', '1/4/16', 'Done']],
      { merges: ['D2:D3', 'B4:C4'] },
    );
    const rows = actionRows(p);
    expect(value(rows[1].lead)).toBe('Jo Bloggs');
    expect(addressOf(rows[1].lead)).toBe('D3');
    expect(rows[2].outcome?.read).toEqual({ kind: 'blank' });
  });

  it('resolves the theme from the Theme column number, its text, the ref, then the section above', () => {
    const p = plan([
      ['Ref', 'Theme', 'Action', 'Outcome', 'Lead', 'Due', 'Status'],
      ['4. Quality assurance'],
      ['2.1', '2. Care leavers', 'a'],
      ['2.2', 2, 'b'],
      ['2.3', 'Early help', 'c'],
      ['5.1', null, 'd'],
      ['X', null, 'e'],
      ['Theme 6: Voice'],
      ['Y', null, 'f'],
    ]);
    const rows = actionRows(p);
    expect(rows.map((r) => r.theme?.key)).toEqual(['2', '2', 'Early help', '5', '4', '6']);
    expect(rows[1].theme).toEqual({ key: '2', label: '2. Care leavers' });
    expect(rows[4].theme).toEqual({ key: '4', label: '4. Quality assurance' });
    expect(rows[5].theme).toEqual({ key: '6', label: 'Theme 6: Voice' });
    expect(rows.slice(0, 5).every((r) => r.sectionTheme?.key === '4')).toBe(true);
    expect(p.actions?.sections.map((s) => s.row)).toEqual([1, 7]);
  });

  it('has no theme without a Theme value, a ref number or a section', () => {
    const p = plan([header, ['ABC', 'Do']]);
    expect(actionRows(p)[0].theme).toBeNull();
    expect(actionRows(p)[0].sectionTheme).toBeNull();
  });

  it('reads refs as shown and flags refs stored as numbers', () => {
    const p = plan([header, [1.1, 'a'], [1.1, 'b'], ['1.10', 'c']], { texts: { A3: '1.10' }, formats: { A3: '0.00' } });
    const rows = actionRows(p);
    expect(rows.map((r) => value(r.ref))).toEqual(['1.1', '1.10', '1.10']);
    expect(rows.map((r) => r.refIsNumber)).toEqual([true, true, false]);
  });

  it('reads text dates of every form and keeps bad ones as invalid', () => {
    const dues: CellInput[] = ['31/12/2016', '1/4/17', '31.12.2016', '31-12-2016', '2016-12-31', '1 Dec 2016', 'Dec 2016',
      'December 2016', 'Dec-16', 'Q3 2016/17', date(2016, 12, 31), 'Ongoing', '12/31/2016', 'TBC', err('#REF!'), null];
    const p = plan([header, ...dues.map((d, i) => ['1.' + String(i + 1), 'a', 'o', 'l', d, 's'])]);
    const got = actionRows(p).map((r) => r.due?.read);
    const d = (y: number, m: number, dd: number) => ({ kind: 'value', value: serialFromYmd(y, m, dd) });
    expect(got).toEqual([
      d(2016, 12, 31), d(2017, 4, 1), d(2016, 12, 31), d(2016, 12, 31), d(2016, 12, 31), d(2016, 12, 1), d(2016, 12, 31),
      d(2016, 12, 31), d(2016, 12, 31), d(2016, 12, 31), d(2016, 12, 31),
      { kind: 'invalid', text: 'Ongoing' }, { kind: 'invalid', text: '12/31/2016' }, { kind: 'invalid', text: 'TBC' },
      { kind: 'error', code: '#REF!' }, { kind: 'blank' },
    ]);
  });

  it('keeps cell errors in any read column as errors with their address', () => {
    const p = plan([header, ['1.1', err('#N/A'), 'o', err('#NAME?'), '1/1/17', err('#VALUE!')]]);
    const [r] = actionRows(p);
    expect(r.action?.read).toEqual({ kind: 'error', code: '#N/A' });
    expect(r.lead?.read).toEqual({ kind: 'error', code: '#NAME?' });
    expect({ address: addressOf(r.status), read: r.status?.read }).toMatchObject({ address: 'F2', read: { kind: 'error', code: '#VALUE!' } });
  });

  it('reads statuses with synonyms and keeps unknown words as invalid', () => {
    const p = plan([header, ['1.1', 'a', 'o', 'l', 'd', 'Complete - awaiting sign-off'], ['1.2', 'a', 'o', 'l', 'd', 'Sort of']]);
    expect(actionRows(p).map((r) => r.status?.read)).toEqual([
      { kind: 'value', value: 'Awaiting sign-off' },
      { kind: 'invalid', text: 'Sort of' },
    ]);
  });
});
