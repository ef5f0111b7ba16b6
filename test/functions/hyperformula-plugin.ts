/**
 * The PLAN custom functions as a HyperFormula plugin, for formula-level tests:
 * HyperFormula evaluates real formulas and calls the very functions Excel
 * calls (src/functions/functions.ts), with the values Excel would pass: numbers,
 * strings, booleans, null for empty cells and omitted arguments, 2-D arrays for
 * ranges. A thrown #VALUE! becomes a #VALUE! cell error with its message.
 * (HyperFormula's 'gpl-v3' licence key is for tests only, never shipped code.)
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import * as fns from '../../src/functions/functions';
import { isExcelError } from '../../src/functions/errors';
import type { ExcelValue } from '../../src/functions/args';

type Excel2D = Array<Array<number | string | boolean | null>>;

function toExcel(value: unknown): ExcelValue {
  if (value === EmptyValue || value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && 'val' in value) return Number((value as { val: unknown }).val); // a rich number
  return String(value);
}

function toExcel2D(value: unknown): Excel2D {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map((v) => toExcel(v) ?? null));
  return [[toExcel(value) ?? null]];
}

function run(fn: () => number | string): number | string | CellError {
  try {
    return fn();
  } catch (e) {
    if (isExcelError(e)) return new CellError(ErrorType.VALUE, e.message);
    throw e;
  }
}

const scalar = (optional: boolean) => ({ argumentType: FunctionArgumentType.NOERROR, optionalArg: optional });

interface AstLike {
  readonly args: unknown[];
}

export class PlanPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    'PLAN.RAG': { method: 'rag', parameters: [scalar(false), scalar(false), scalar(true), scalar(true), scalar(true), scalar(true), scalar(true)] },
    'PLAN.PROGRESS': { method: 'progress', parameters: [scalar(false), scalar(false), scalar(false), scalar(true), scalar(true)] },
    'PLAN.TRAJECTORY': { method: 'trajectory', parameters: [scalar(false), scalar(false), scalar(false), scalar(true)] },
    'PLAN.DIRECTION': { method: 'direction', parameters: [scalar(false), scalar(false), scalar(false), scalar(true), scalar(true)] },
    'PLAN.LATEST': { method: 'latest', parameters: [{ argumentType: FunctionArgumentType.RANGE }] },
    'PLAN.ACTIONRAG': { method: 'actionRag', parameters: [scalar(false), scalar(false), scalar(true), scalar(true)], isVolatile: true },
    'PLAN.DAYSOVERDUE': { method: 'daysOverdue', parameters: [scalar(false), scalar(false), scalar(true)], isVolatile: true },
    'PLAN.UKDATE': { method: 'ukDate', parameters: [scalar(false)] },
  };

  private call(ast: AstLike, state: unknown, id: string, fn: (args: ExcelValue[]) => number | string) {
    return this.runFunction(ast.args as never, state as never, this.metadata(id), (...args: unknown[]) =>
      run(() => fn(args.map((a) => toExcel(a)))),
    );
  }

  rag(ast: AstLike, state: unknown) {
    return this.call(ast, state, 'PLAN.RAG', (a) => fns.rag(a[0] ?? null, a[1] ?? null, a[2], a[3], a[4], a[5], a[6]));
  }
  progress(ast: AstLike, state: unknown) {
    return this.call(ast, state, 'PLAN.PROGRESS', (a) => fns.progress(a[0] ?? null, a[1] ?? null, a[2] ?? null, a[3], a[4]));
  }
  trajectory(ast: AstLike, state: unknown) {
    return this.call(ast, state, 'PLAN.TRAJECTORY', (a) => fns.trajectory(a[0] ?? null, a[1] ?? null, a[2] ?? null, a[3]));
  }
  direction(ast: AstLike, state: unknown) {
    return this.call(ast, state, 'PLAN.DIRECTION', (a) => fns.direction(a[0] ?? null, a[1] ?? null, a[2] ?? null, a[3], a[4]));
  }
  latest(ast: AstLike, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata('PLAN.LATEST'), (range: unknown) =>
      run(() => fns.latest(toExcel2D(range))),
    );
  }
  actionRag(ast: AstLike, state: unknown) {
    return this.call(ast, state, 'PLAN.ACTIONRAG', (a) => fns.actionRag(a[0] ?? null, a[1] ?? null, a[2], a[3]));
  }
  daysOverdue(ast: AstLike, state: unknown) {
    return this.call(ast, state, 'PLAN.DAYSOVERDUE', (a) => fns.daysOverdue(a[0] ?? null, a[1] ?? null, a[2]));
  }
  ukDate(ast: AstLike, state: unknown) {
    return this.call(ast, state, 'PLAN.UKDATE', (a) => fns.ukDate(a[0] ?? null));
  }
}

const NAMES = Object.keys(PlanPlugin.implementedFunctions);
const TRANSLATIONS = { enGB: Object.fromEntries(NAMES.map((n) => [n, n])) };

let registered = false;

/** A HyperFormula instance with the PLAN functions, built from sheets of raw contents and formulas. */
export function buildEngine(sheets: Record<string, ReadonlyArray<ReadonlyArray<unknown>>>): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(PlanPlugin, TRANSLATIONS);
    registered = true;
  }
  const data: Record<string, Array<Array<string | number | boolean | null>>> = {};
  for (const [name, rows] of Object.entries(sheets)) {
    data[name] = rows.map((row) => row.map((v) => (v === undefined ? null : (v as string | number | boolean | null))));
  }
  return HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3' });
}
