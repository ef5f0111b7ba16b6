import { describe, expect, it } from 'vitest';
import { evaluateActions } from '../../../src/core/actions';
import { serialFromYmd } from '../../../src/core/calendar';
import { actionRow, blank, field, planOf, val } from '../measures/plan-fixture';

const asOf = serialFromYmd(2016, 10, 31);

describe('evaluateActions', () => {
  it('is empty without an Actions sheet', () => {
    expect(evaluateActions(planOf({ asOf, planYearStart: 2016 }))).toEqual([]);
  });

  it('rates each row from its status, due and completed cells', () => {
    const rows = [
      actionRow({ row: 4, ref: val('1.1'), status: val('On track'), due: val(asOf - 10) }),
      actionRow({ row: 5, ref: val('1.2'), status: val('Complete'), due: val(asOf - 10), completed: val(asOf - 5) }),
      actionRow({ row: 6, ref: val('1.3'), status: val('Not started'), due: val(asOf + 20) }),
    ];
    expect(evaluateActions(planOf({ asOf, planYearStart: 2016, actions: rows }))).toEqual([
      { row: 4, ref: '1.1', theme: { key: '1', label: '1' }, rag: 'Red', late: false, daysOverdue: 10 },
      { row: 5, ref: '1.2', theme: { key: '1', label: '1' }, rag: 'Blue', late: true, daysOverdue: 0 },
      { row: 6, ref: '1.3', theme: { key: '1', label: '1' }, rag: 'Amber', late: false, daysOverdue: 0 },
    ]);
  });

  it('uses the Amber window setting', () => {
    const rows = [actionRow({ status: val('Not started'), due: val(asOf + 40) })];
    expect(evaluateActions(planOf({ asOf, planYearStart: 2016, actions: rows }))[0].rag).toBe('Green');
    expect(evaluateActions(planOf({ asOf, planYearStart: 2016, actions: rows, settings: { amberWindow: 45 } }))[0].rag).toBe('Amber');
  });

  it('only valid values count: an invalid due date is Unknown, an error status is no status', () => {
    const rows = [
      actionRow({ status: val('On track'), due: field({ kind: 'invalid', text: 'Ongoing' }) }),
      actionRow({ status: field({ kind: 'error', code: '#REF!' }), due: val(asOf - 1) }),
      actionRow({ status: field({ kind: 'invalid', text: 'Sort of' }), due: val(asOf + 100) }),
      actionRow({ status: val('Complete'), due: val(asOf - 10), completed: field({ kind: 'invalid', text: 'soon' }) }),
    ];
    const out = evaluateActions(planOf({ asOf, planYearStart: 2016, actions: rows }));
    expect(out.map((r) => [r.rag, r.daysOverdue, r.late])).toEqual([
      ['Unknown', 0, false],
      ['Red', 1, false],
      ['Unknown', 0, false],
      ['Blue', 0, false],
    ]);
  });

  it('a row without a ref still gets a result with ref empty', () => {
    const rows = [actionRow({ ref: blank(), status: val('On track'), due: val(asOf + 100) }), actionRow({ ref: null, theme: null })];
    const out = evaluateActions(planOf({ asOf, planYearStart: 2016, actions: rows }));
    expect(out.map((r) => r.ref)).toEqual(['', '']);
    expect(out[1]).toMatchObject({ theme: null, rag: 'Unknown' });
  });
});
