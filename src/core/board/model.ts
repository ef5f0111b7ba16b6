/**
 * The Board pack as data (contract 9): every section, every number and every
 * chart's series, with no HTML. `buildBoardPack` makes it from one analysis;
 * the renderer turns it into the document; `plan board --format json` prints
 * it. Percent values are fractions, as everywhere in the engine.
 */
import type { Serial, YearMonth } from '../calendar';
import type { Severity, RuleId } from '../findings';
import type { Brag, ComparatorMark, ComparatorResult, Direction, MeasureRag, Polarity, Trajectory, Unit } from '../model';
import type { AsOf } from '../as-of';
import type { RollupCount } from '../rollup/history';

export type { ComparatorName, ComparatorVerdict, ComparatorResult, ComparatorMark } from '../model';

export interface BoardPack {
  /** Settings `Plan name`, else the first non-blank text above the Actions header row, else `Improvement plan`. */
  readonly title: string;
  /** The as-of month: the month the pack is for. */
  readonly month: YearMonth;
  readonly asOf: AsOf;
  /** The date the pack was made (pinned in tests). */
  readonly madeOn: Serial;
  readonly cover: CoverSection;
  readonly summary: SummarySection;
  readonly exceptions: ExceptionsSection;
  readonly moved: MovedSection;
  readonly scorecard: ScorecardSection;
  readonly leads: LeadsSection;
  readonly dataQuality: DataQualitySection;
}

export interface RuleCount {
  readonly rule: RuleId;
  /** From `RULES` (src/core/rules.ts). */
  readonly title: string;
  readonly severity: Severity;
  readonly count: number;
}

/** 9.1 */
export interface CoverSection {
  readonly errors: number;
  readonly warnings: number;
  /** `DRAFT: the plan has N errors` on every page when errors > 0, else null. */
  readonly draft: string | null;
  /** The error rules with their counts (contract order); empty when the plan passed the check. */
  readonly errorRules: ReadonlyArray<RuleCount>;
}

/** 9.2: the Roll-up history columns for the as-of month, with changes since the latest earlier month. */
export interface SummarySection {
  /** The latest month before the as-of month in `Roll-up history`, or null (then the pack says there is none). */
  readonly previousMonth: YearMonth | null;
  /** One row per theme, then `All`. */
  readonly rows: ReadonlyArray<SummaryRow>;
}

export interface SummaryRow {
  /** `1`..`6` or the theme's name, or `All`. */
  readonly theme: string;
  /** The best label for the theme (`2. Improve outcomes for care leavers`), or `All themes`. */
  readonly label: string;
  readonly counts: Readonly<Record<RollupCount, number>>;
  /** This month minus the previous month's row (0 where the theme had no row then); null without a previous month. */
  readonly changes: Readonly<Record<RollupCount, number>> | null;
}

/** 9.3 */
export interface ExceptionsSection {
  /** Every Red or overdue action, most overdue first (then in sheet order). */
  readonly actions: ReadonlyArray<ExceptionAction>;
  /** Every Red measure, in sheet order. */
  readonly measures: ReadonlyArray<ExceptionMeasure>;
}

export interface ExceptionAction {
  readonly ref: string;
  readonly theme: string | null;
  readonly action: string;
  readonly lead: string;
  /** The due date, when it is a date. */
  readonly due: Serial | null;
  /** The due cell as shown, for when it is not a date. */
  readonly dueText: string;
  readonly daysOverdue: number;
  /** The status as the engine reads it, else the text typed. */
  readonly status: string;
  readonly rag: Brag;
  readonly update: string | null;
  readonly updated: Serial | null;
}

export interface ExceptionMeasure {
  readonly id: string;
  readonly name: string;
  readonly theme: string | null;
  readonly unit: Unit;
  readonly polarity: Polarity | null;
  readonly latest: number | null;
  readonly latestPeriod: YearMonth | null;
  readonly target: number | null;
  /**
   * How far short of target, in the measure's units (positive = short): target - latest
   * (higher), latest - target (lower), |latest - target| (band); the same number as the
   * `Monthly roll-up`'s Gap (`gapToTarget`). Null without both.
   */
  readonly gap: number | null;
  readonly trajectory: Trajectory | null;
  readonly direction: Direction | null;
  readonly comparators: ReadonlyArray<ComparatorResult>;
}

/** 9.4 */
export interface MovedSection {
  /** The latest month before the as-of month in `RAG history`, or null (then the pack says there is none and lists nothing). */
  readonly previousMonth: YearMonth | null;
  readonly items: ReadonlyArray<MovedItem>;
}

export interface MovedItem {
  readonly type: 'Action' | 'Measure';
  readonly ref: string;
  /** The action text or the measure name. */
  readonly name: string;
  readonly theme: string | null;
  /** The RAG last month; null when the item is new (no row for it in the previous month). */
  readonly from: string | null;
  readonly to: Brag | MeasureRag;
}

/** 9.5 */
export interface ScorecardSection {
  readonly themes: ReadonlyArray<ScorecardTheme>;
}

export interface ScorecardTheme {
  readonly theme: string;
  readonly label: string;
  readonly measures: ReadonlyArray<ScorecardMeasure>;
}

export interface ScorecardMeasure {
  readonly id: string;
  readonly name: string;
  readonly unit: Unit;
  readonly polarity: Polarity | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly latest: number | null;
  readonly latestPeriod: YearMonth | null;
  readonly rag: MeasureRag;
  readonly progress: number | null;
  readonly direction: Direction | null;
  readonly trajectory: Trajectory | null;
  readonly comparators: ReadonlyArray<ComparatorResult>;
  readonly chart: MeasureChart;
}

/** A small-multiple chart's data: the plan year's twelve months, April first. */
export interface MeasureChart {
  readonly months: ReadonlyArray<YearMonth>;
  /** One per month; null for a blank, no-data or missing month (a gap, never zero). */
  readonly values: ReadonlyArray<number | null>;
  readonly target: number | null;
  /** Expected value per month (contract 3.3), or null where trajectory is not defined (no baseline or target; band and context). */
  readonly trajectory: ReadonlyArray<number> | null;
  readonly comparators: ReadonlyArray<ComparatorMark>;
}

/** 9.6 */
export interface LeadsSection {
  /** Leads in name order; each with their open actions (not Blue or Grey). */
  readonly leads: ReadonlyArray<LeadGroup>;
}

export interface LeadGroup {
  readonly lead: string;
  /** Overdue first (most overdue first), then stale updates, then by due date. */
  readonly actions: ReadonlyArray<LeadAction>;
}

export interface LeadAction {
  readonly ref: string;
  readonly action: string;
  readonly due: Serial | null;
  readonly dueText: string;
  readonly rag: Brag;
  readonly daysOverdue: number;
  /** The last update's date, where the plan has one. */
  readonly updated: Serial | null;
  /** True when the check found the update stale (`update-stale`). */
  readonly stale: boolean;
}

/** 9.7 */
export interface DataQualitySection {
  /** Findings counted by rule (errors first, then warnings; contract order within each). */
  readonly rules: ReadonlyArray<DataQualityRule>;
}

export interface DataQualityRule extends RuleCount {
  /** Up to five findings of the rule, in the check's order. */
  readonly examples: ReadonlyArray<{ readonly sheet: string; readonly cell: string; readonly ref: string | null; readonly message: string }>;
}
