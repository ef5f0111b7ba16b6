/**
 * How the ribbon's "Check plan" tells an open task pane what it found: both run
 * in the one shared runtime, so a window event carries the summary.
 */
import type { Serial } from '../core/calendar';
import type { AsOfSource } from '../core/model';
import type { HostResult } from './plan-host';

/** Fired on `window` after each ribbon check (the pane shares the runtime and may show it). */
export const CHECK_EVENT = 'plan-tracker:checked';

export interface CheckSummary {
  readonly asOf: Serial;
  /** Where the as-of date came from (contract 8). */
  readonly asOfSource: AsOfSource;
  readonly errors: number;
  readonly warnings: number;
  readonly ready: boolean;
  readonly marked: HostResult;
  /** One sentence for a person. */
  readonly message: string;
}

export type RibbonCheckDetail = CheckSummary | { readonly failed: string };
