/**
 * The plan as the engine understands it: what `readPlan` makes of a workbook
 * snapshot (contract sections 1 to 3.2 and 4.1), and what every calculation,
 * rule, roll-up and import works on. Nothing here is Office- or file-specific.
 */
import type { Cell } from './snapshot';
import type { Serial, YearMonth } from './calendar';
import type { Finding } from './findings';

/** What reading one cell gave. */
export type Read<T> =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: T }
  /** A no-data marker (`c`, `~`, `x`, `n/a`, `N/A`, `-`, `TBC`, `..`): suppressed or missing, never zero. */
  | { readonly kind: 'no-data'; readonly marker: string }
  /** Something is there, but it is not a T (`Ongoing` in a date, `12/31/2016`, `lots` in a number). */
  | { readonly kind: 'invalid'; readonly text: string }
  /** An Excel error value (`#REF!`, `#N/A`, ...). */
  | { readonly kind: 'error'; readonly code: string };

/** One read cell of a data row, with where it is (its A1 address is `fieldAddress(field)`). */
export interface Field<T> {
  readonly row: number; // 0-based
  readonly col: number; // 0-based
  readonly cell: Cell;
  readonly read: Read<T>;
}

/** A column that is not in the sheet is `null`; a column that is there gives a Field even when the cell is blank. */
export type MaybeField<T> = Field<T> | null;

/** A number as read from a cell, before any unit scaling. */
export interface RawNumber {
  readonly value: number;
  /**
   * True when the cell itself says it is a percentage: text like `58%` (value
   * 0.58 then) or a real number with a `%` number format. Such values are
   * unambiguous and never count for `pct-mixed-scale`.
   */
  readonly percentMarked: boolean;
  /** True when the value came from text (`58%`, `1,234`), false for a real number cell. */
  readonly fromText: boolean;
}

export type Status =
  | 'Not started'
  | 'On track'
  | 'At risk'
  | 'Off track'
  | 'Complete'
  | 'Awaiting sign-off'
  | 'Deferred';

/** Calculated action RAG (contract 4.2). */
export type Brag = 'Blue' | 'Green' | 'Amber' | 'Red' | 'Grey' | 'Unknown';

/** A hand-entered RAG word that can be compared (contract 4.3, manual-rag-mismatch). */
export type ManualRag = 'Blue' | 'Green' | 'Amber' | 'Red';

export type Unit = 'percent' | 'number' | 'days' | 'rate';
export type Polarity = 'higher' | 'lower' | 'band' | 'context';
export type ToleranceType = 'points' | 'relative' | 'value';

export type MeasureRag = 'Green' | 'Amber' | 'Red' | 'No data' | 'n/a';
export type Trajectory = 'On trajectory' | 'Behind trajectory';
export type Direction = 'Improving' | 'Declining' | 'No change';

/** The three comparators of contract 3.4, in this order. */
export type ComparatorName = 'England' | 'Statistical neighbours' | 'Core cities';
export type ComparatorVerdict = 'Better' | 'Worse' | 'Similar';

/** A comparator's value for a measure (fraction for `%`), whatever the polarity: a chart's reference mark. */
export interface ComparatorMark {
  readonly name: ComparatorName;
  readonly value: number;
}

/** One comparator for one measure (contract 3.4): present only where both values exist and the polarity is higher or lower. */
export interface ComparatorResult {
  readonly name: ComparatorName;
  /** The comparator's value (fraction for `%`). */
  readonly value: number;
  /** Latest minus comparator, in the measure's units (fraction for `%`), rounded to 10 significant digits. */
  readonly gap: number;
  readonly verdict: ComparatorVerdict;
}

/**
 * A theme: `key` is its number as text (`2`) when themes are numbered, else
 * its name; `label` is the best name seen (`2. Improve outcomes for care leavers`).
 */
export interface Theme {
  readonly key: string;
  readonly label: string;
}

/** Where a table is and which columns it has (contract section 1). */
export interface TableLayout {
  /** The sheet's real name. */
  readonly sheet: string;
  /** 0-based row of the header row. */
  readonly headerRow: number;
  /** Canonical column name -> 0-based column index, only for columns found. */
  readonly columns: Readonly<Record<string, number>>;
  /** The header texts seen, for messages (`column-missing` says which headers were seen). */
  readonly headersSeen: ReadonlyArray<string>;
  /** 0-based index of the last column of the table (header row's last non-blank cell). */
  readonly lastCol: number;
  /** 0-based last non-blank row (data ends there). */
  readonly lastRow: number;
}

/** A section (theme heading) row. */
export interface SectionRow {
  readonly row: number;
  readonly text: string;
}

export interface ActionRow {
  readonly row: number; // 0-based sheet row
  /** The ref as the cell shows it (`1.10` stays `1.10`); `kind: 'blank'` when missing. */
  readonly ref: MaybeField<string>;
  /** True when the ref cell holds a real number (`ref-stored-as-number`). */
  readonly refIsNumber: boolean;
  readonly themeCell: MaybeField<string>;
  /** The theme resolved from Theme column, else the ref's first number, else the section row above. */
  readonly theme: Theme | null;
  /** The theme of the section row above, if any (kept for theme-mismatch messages). */
  readonly sectionTheme: Theme | null;
  readonly action: MaybeField<string>;
  readonly outcome: MaybeField<string>;
  readonly measures: MaybeField<string>;
  readonly lead: MaybeField<string>;
  readonly due: MaybeField<Serial>;
  readonly status: MaybeField<Status>;
  readonly manualRag: MaybeField<string>;
  readonly completed: MaybeField<Serial>;
  readonly update: MaybeField<string>;
  readonly updated: MaybeField<Serial>;
  readonly evidence: MaybeField<string>;
}

export interface MonthColumn {
  readonly col: number;
  readonly month: YearMonth;
  /** A1 address of the header cell. */
  readonly address: string;
}

export interface MeasureRow {
  readonly row: number;
  readonly id: MaybeField<string>;
  readonly idIsNumber: boolean;
  readonly name: MaybeField<string>;
  readonly themeCell: MaybeField<string>;
  readonly theme: Theme | null;
  readonly unitCell: MaybeField<Unit>;
  /** The unit used for calculations: the Unit column, else percent when the target is `%`-formatted or ends in `%`, else number. */
  readonly unit: Unit;
  readonly polarity: MaybeField<Polarity>;
  readonly baseline: MaybeField<RawNumber>;
  readonly target: MaybeField<RawNumber>;
  readonly tolerance: MaybeField<RawNumber>;
  readonly toleranceType: MaybeField<ToleranceType>;
  readonly floor: MaybeField<RawNumber>;
  readonly england: MaybeField<RawNumber>;
  readonly statNeighbours: MaybeField<RawNumber>;
  readonly coreCities: MaybeField<RawNumber>;
  /** One field per month column, in the order of `MeasuresTable.monthColumns`. */
  readonly months: ReadonlyArray<Field<RawNumber>>;
}

export interface ActionsTable {
  readonly layout: TableLayout;
  readonly sections: ReadonlyArray<SectionRow>;
  readonly rows: ReadonlyArray<ActionRow>;
}

export interface MeasuresTable {
  readonly layout: TableLayout;
  readonly sections: ReadonlyArray<SectionRow>;
  /** Month columns sorted by month. */
  readonly monthColumns: ReadonlyArray<MonthColumn>;
  readonly rows: ReadonlyArray<MeasureRow>;
}

export interface Settings {
  /** Start year of the plan year from `Plan year` (`2016/17` -> 2016). */
  readonly planYear: number | null;
  /** `Default tolerance` (points for `%`, percent of target otherwise). */
  readonly defaultTolerance: number | null;
  /** `Amber window` in days (default 30). */
  readonly amberWindow: number | null;
  /** `As of` date kept by the task pane. */
  readonly asOf: Serial | null;
  /** `Plan name`: the Board pack's title (contract 9.1); null when blank or missing. */
  readonly planName: string | null;
  /** The sheet's real name and where each key's value cell is, for writing `As of` back. */
  readonly sheet: string | null;
  readonly cells: Readonly<Record<string, string>>;
}

export interface Plan {
  /** The as-of date the plan was read for (it decides the plan year when nothing else does). */
  readonly asOf: Serial;
  /** 1 April of this year starts the plan year (contract 3.1). */
  readonly planYearStart: number;
  readonly actions: ActionsTable | null;
  readonly measures: MeasuresTable | null;
  /** Officers list (first column), or null when there is no Officers sheet. */
  readonly officers: ReadonlyArray<string> | null;
  readonly settings: Settings;
  /** Structural findings made while reading: sheet-missing, column-missing. */
  readonly structural: ReadonlyArray<Finding>;
}

/** The calculated state of one action (contract 4.2). */
export interface ActionResult {
  readonly row: number;
  readonly ref: string;
  readonly theme: Theme | null;
  readonly rag: Brag;
  readonly late: boolean;
  readonly daysOverdue: number;
}

/** The calculated state of one measure (contract 3.3). Percent values are fractions. */
export interface MeasureResult {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly theme: Theme | null;
  readonly unit: Unit;
  readonly polarity: Polarity | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly latest: number | null;
  readonly latestPeriod: YearMonth | null;
  readonly progress: number | null;
  readonly rag: MeasureRag;
  readonly trajectory: Trajectory | null;
  readonly direction: Direction | null;
  /** Month values as used (fractions for `%`), null for blank or no data, in month-column order. */
  readonly series: ReadonlyArray<{ readonly month: YearMonth; readonly value: number | null }>;
  /** Contract 3.4: Better / Worse / Similar against each comparator the measure has (empty for band, context, no latest). */
  readonly comparators: ReadonlyArray<ComparatorResult>;
  /** Every comparator value the row has, in contract order, whatever the polarity (chart marks). */
  readonly comparatorValues: ReadonlyArray<ComparatorMark>;
}

/** One row of the monthly roll-up and of `Roll-up history` (contract section 5). */
export interface RollupRow {
  /** `yyyy-mm` */
  readonly month: string;
  /** Theme number as text (`1`..`6`) or theme name, or `All`. */
  readonly theme: string;
  readonly actions: number;
  readonly blue: number;
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  readonly grey: number;
  readonly unknown: number;
  readonly overdue: number;
  readonly measures: number;
  readonly measuresGreen: number;
  readonly measuresAmber: number;
  readonly measuresRed: number;
  readonly measuresNoData: number;
}

/** Where an as-of date came from (contract 8). */
export type AsOfSource =
  /** `--as-of`, the pane's field, an Office Script's parameter. `label` names it (`--as-of`). */
  | { readonly kind: 'given'; readonly label: string }
  /** The Settings sheet's `As of` value cell. */
  | { readonly kind: 'settings'; readonly sheet: string; readonly cell: string }
  /** Today: the local date (UTC where a scheduled flow runs). */
  | { readonly kind: 'today' };

/** Everything the engine works out from one snapshot for one as-of date: what every face shows. */
export interface Analysis {
  readonly asOf: Serial;
  /** Where the as-of date came from (contract 8): every output says it. */
  readonly asOfSource: AsOfSource;
  /** The as-of month, the month a roll-up is for. */
  readonly month: YearMonth;
  readonly plan: Plan;
  /** Every finding, structural ones first, then by sheet and row. */
  readonly findings: ReadonlyArray<Finding>;
  readonly errors: number;
  readonly warnings: number;
  /** True when there are no errors: ready for the board. */
  readonly ready: boolean;
  readonly actions: ReadonlyArray<ActionResult>;
  readonly measures: ReadonlyArray<MeasureResult>;
  /** The as-of month's roll-up rows: one per theme, then `All`. */
  readonly rollup: ReadonlyArray<RollupRow>;
}
