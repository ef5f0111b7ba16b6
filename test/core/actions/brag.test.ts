import { describe, expect, it } from 'vitest';
import { calculateBrag } from '../../../src/core/actions';
import type { BragInput } from '../../../src/core/actions';
import { serialFromYmd } from '../../../src/core/calendar';

const asOf = serialFromYmd(2016, 10, 31);
const base: BragInput = { status: 'On track', due: serialFromYmd(2016, 12, 31), completed: null, asOf, amberWindow: 30 };

describe('calculateBrag', () => {
  it('1. Complete is Blue, even past due, with no days overdue', () => {
    expect(calculateBrag({ ...base, status: 'Complete', due: asOf - 10 })).toEqual({ rag: 'Blue', late: false, daysOverdue: 0 });
  });

  it('1. Complete is late only when completed after the due date', () => {
    const due = serialFromYmd(2016, 9, 30);
    expect(calculateBrag({ ...base, status: 'Complete', due, completed: due + 1 }).late).toBe(true);
    expect(calculateBrag({ ...base, status: 'Complete', due, completed: due }).late).toBe(false);
    expect(calculateBrag({ ...base, status: 'Complete', due, completed: null }).late).toBe(false);
    expect(calculateBrag({ ...base, status: 'Complete', due: null, completed: due }).late).toBe(false);
  });

  it('2. Deferred is Grey, even past due', () => {
    expect(calculateBrag({ ...base, status: 'Deferred', due: asOf - 5 })).toEqual({ rag: 'Grey', late: false, daysOverdue: 0 });
  });

  it('3. Awaiting sign-off is Green, even past due or without a due date', () => {
    expect(calculateBrag({ ...base, status: 'Awaiting sign-off', due: asOf - 5 })).toEqual({ rag: 'Green', late: false, daysOverdue: 0 });
    expect(calculateBrag({ ...base, status: 'Awaiting sign-off', due: null }).rag).toBe('Green');
  });

  it('4. no valid due date is Unknown, whatever the status', () => {
    expect(calculateBrag({ ...base, due: null }).rag).toBe('Unknown');
    expect(calculateBrag({ ...base, status: 'Off track', due: null }).rag).toBe('Unknown');
  });

  it('5. past due is Red with days overdue = as-of minus due', () => {
    expect(calculateBrag({ ...base, due: asOf - 1 })).toEqual({ rag: 'Red', late: false, daysOverdue: 1 });
    expect(calculateBrag({ ...base, status: 'Not started', due: serialFromYmd(2016, 9, 30) })).toEqual({ rag: 'Red', late: false, daysOverdue: 31 });
    expect(calculateBrag({ ...base, status: 'At risk', due: asOf - 3 }).rag).toBe('Red');
  });

  it('5. due on the as-of date is not overdue', () => {
    expect(calculateBrag({ ...base, due: asOf })).toEqual({ rag: 'Green', late: false, daysOverdue: 0 });
  });

  it('6. Off track is Red and At risk is Amber when not past due', () => {
    expect(calculateBrag({ ...base, status: 'Off track' })).toEqual({ rag: 'Red', late: false, daysOverdue: 0 });
    expect(calculateBrag({ ...base, status: 'At risk' }).rag).toBe('Amber');
  });

  it('7. Not started and due within the Amber window (both ends included) is Amber', () => {
    expect(calculateBrag({ ...base, status: 'Not started', due: asOf }).rag).toBe('Amber');
    expect(calculateBrag({ ...base, status: 'Not started', due: asOf + 30 }).rag).toBe('Amber');
    expect(calculateBrag({ ...base, status: 'Not started', due: asOf + 31 }).rag).toBe('Green');
  });

  it('7. uses the Amber window given', () => {
    expect(calculateBrag({ ...base, status: 'Not started', due: asOf + 31, amberWindow: 45 }).rag).toBe('Amber');
    expect(calculateBrag({ ...base, status: 'Not started', due: asOf + 1, amberWindow: 0 }).rag).toBe('Green');
  });

  it('7. the Amber window is only for Not started', () => {
    expect(calculateBrag({ ...base, status: 'On track', due: asOf + 5 }).rag).toBe('Green');
  });

  it('8. otherwise Green', () => {
    expect(calculateBrag(base)).toEqual({ rag: 'Green', late: false, daysOverdue: 0 });
  });

  it('a missing or unknown status is Red when past due, else Unknown', () => {
    expect(calculateBrag({ ...base, status: null, due: asOf - 2 })).toEqual({ rag: 'Red', late: false, daysOverdue: 2 });
    expect(calculateBrag({ ...base, status: null })).toEqual({ rag: 'Unknown', late: false, daysOverdue: 0 });
    expect(calculateBrag({ ...base, status: null, due: null }).rag).toBe('Unknown');
  });

  it('counts whole days: a time of day does not change the result', () => {
    expect(calculateBrag({ ...base, due: asOf - 1 + 0.75, asOf: asOf + 0.5 })).toEqual({ rag: 'Red', late: false, daysOverdue: 1 });
    expect(calculateBrag({ ...base, due: asOf + 0.2, asOf: asOf + 0.9 }).rag).toBe('Green');
  });
});
