import { afterEach, describe, expect, it } from 'vitest';
import { isExcelError, valueError } from '../../src/functions/errors';

const g = globalThis as { CustomFunctions?: unknown };

describe('valueError', () => {
  afterEach(() => {
    delete g.CustomFunctions;
  });

  it('outside Excel makes a plain Error with code #VALUE! and the message', () => {
    const e = valueError('PLAN.RAG: target is wrong');
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('PLAN.RAG: target is wrong');
    expect(isExcelError(e)).toBe(true);
  });

  it('inside Excel makes a CustomFunctions.Error with the invalidValue code', () => {
    class FakeError extends Error {
      constructor(
        public code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    g.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!' } };
    const e = valueError('bad');
    expect(e).toBeInstanceOf(FakeError);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('bad');
  });

  it('isExcelError is false for ordinary errors and other values', () => {
    expect(isExcelError(new Error('x'))).toBe(false);
    expect(isExcelError({ code: '#VALUE!', message: 'x' })).toBe(false);
    expect(isExcelError('#VALUE!')).toBe(false);
  });
});
