/**
 * What the task pane's tabs share with the pane that holds them: the context a
 * tab is given, the shape of a tab, and small helpers. Kept apart from app.ts
 * so the views and the pane do not import each other.
 */
import type { Analysis } from '../core/model';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Serial } from '../core/calendar';
import { parseA1 } from '../core/address';
import { matchKey } from '../core/text';
import { boardReadiness } from '../core/readiness';
import type { PlanHost, Progress } from '../host/plan-host';

export interface MountOptions {
  /** Today as an Excel serial (tests pin it); default: the local date now. */
  readonly today?: Serial;
}

export interface Loaded {
  readonly snapshot: WorkbookSnapshot;
  readonly analysis: Analysis;
}

/** What a tab gets from the pane. */
export interface PaneContext {
  readonly host: PlanHost;
  /** The pane's as-of date (contract 8: the field, else Settings `As of`, else today). */
  asOf(): Serial;
  /** The latest read of the workbook analysed as of the pane's date, if any. */
  latest(): Loaded | null;
  /**
   * Reads the workbook and analyses it. Without `asOf` it uses the pane's date
   * and tells every tab about the new analysis.
   */
  load(progress: Progress, asOf?: Serial): Promise<Loaded>;
  /**
   * Runs a long operation: one at a time, with a progress bar and live
   * announcements; an exception becomes a message a person understands.
   * Resolves to null when it failed (the message is already shown).
   */
  run<T>(label: string, work: (progress: Progress) => Promise<T>): Promise<T | null>;
  announce(text: string): void;
  error(text: string): void;
  clearError(): void;
}

export interface View {
  readonly id: string;
  readonly title: string;
  readonly panel: HTMLElement;
  /** Called with every new analysis made as of the pane's date. */
  update(loaded: Loaded): void;
}

export interface PaneHandle {
  readonly context: PaneContext;
  destroy(): void;
}

/** Turns whatever was thrown into a sentence for a person. */
export function describeError(label: string, e: unknown): string {
  const reason = e instanceof Error ? e.message : typeof e === 'string' ? e : 'an unexpected problem';
  return label + ' did not work: ' + reason + (/[.!?]$/.test(reason) ? '' : '.') + ' Nothing was changed by the step that failed; try again, and if it keeps happening save the workbook and reopen it.';
}

/** Where the Settings sheet keeps `As of`, when it does. */
export function asOfCell(analysis: Analysis): { sheet: string; address: string; row: number; col: number } | null {
  const settings = analysis.plan.settings;
  if (settings.sheet === null) return null;
  const key = Object.keys(settings.cells).find((k) => matchKey(k) === matchKey('As of'));
  if (key === undefined) return null;
  const address = settings.cells[key];
  const at = parseA1(address);
  if (at === null) return null;
  return { sheet: settings.sheet, address, row: at.row, col: at.col };
}

/** Whether the plan is ready for the board: the sentence every face uses (core boardReadiness). */
export function summaryLine(a: Analysis): string {
  return boardReadiness(a.errors, a.warnings);
}
