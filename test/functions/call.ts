/** Calls a custom function the way Excel does and reports its value or its #VALUE! error. */
import { isExcelError } from '../../src/functions/errors';

export type CallResult<T> = { readonly value: T } | { readonly error: string; readonly message: string };

export function call<T>(fn: () => T): CallResult<T> {
  try {
    return { value: fn() };
  } catch (e) {
    if (isExcelError(e)) return { error: e.code, message: e.message };
    throw e;
  }
}

/** The value, or a failing expectation naming the error. */
export function valueOf<T>(fn: () => T): T {
  const r = call(fn);
  if ('value' in r) return r.value;
  throw new Error('expected a value, got ' + r.error + ' ' + r.message);
}

/** The #VALUE! message, or a failing expectation naming the value. */
export function errorOf<T>(fn: () => T): string {
  const r = call(fn);
  if ('error' in r) {
    if (r.error !== '#VALUE!') throw new Error('expected #VALUE!, got ' + r.error);
    return r.message;
  }
  throw new Error('expected #VALUE!, got the value ' + String(r.value));
}
