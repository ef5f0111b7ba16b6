/** What a custom function's work gives: a value, or a message for a #VALUE! error. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T>(message: string): Outcome<T> {
  return { ok: false, message };
}
