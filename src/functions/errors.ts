/**
 * Excel errors for custom functions. Inside Excel the `CustomFunctions` global
 * exists and errors are `CustomFunctions.Error`s (shown as #VALUE! with the
 * message in the cell's tooltip); elsewhere (Node tests, HyperFormula) a plain
 * Error carrying the same `code` and `message`.
 */

/** An error value as Excel shows it. */
export interface ExcelError extends Error {
  readonly code: string;
}

interface CustomFunctionsApi {
  readonly Error: new (code: string, message?: string) => ExcelError;
  readonly ErrorCode: { readonly invalidValue: string };
}

/** The Office global, declared here (module scope) so the file needs no Office typings. */
declare const CustomFunctions: CustomFunctionsApi | undefined;

/** `typeof` on an undeclared global never throws, in every JavaScript runtime Excel uses. */
function customFunctionsApi(): CustomFunctionsApi | undefined {
  return typeof CustomFunctions !== 'undefined' ? CustomFunctions : undefined;
}

export const VALUE_ERROR = '#VALUE!';

/** A #VALUE! error with a message that says what was expected. */
export function valueError(message: string): ExcelError {
  const api = customFunctionsApi();
  if (api !== undefined && typeof api.Error === 'function') return new api.Error(api.ErrorCode.invalidValue, message);
  const error = new Error(message) as Error & { code: string };
  error.name = 'ExcelError';
  error.code = VALUE_ERROR;
  return error;
}

/** True for an error made by valueError (or any Excel error object). */
export function isExcelError(value: unknown): value is ExcelError {
  return value instanceof Error && typeof (value as { code?: unknown }).code === 'string';
}
