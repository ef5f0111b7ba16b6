/** What the action rules need besides the row itself. */
import type { Serial } from '../calendar';
import type { ActionRow, Field } from '../model';
import type { Spot } from './pending';

export interface ActionContext {
  /** The Actions sheet's real name. */
  readonly sheet: string;
  readonly asOf: Serial;
  readonly planYearStart: number;
  /** 1 April and 31 March of the plan year (due-outside-plan). */
  readonly planStart: Serial;
  readonly planEnd: Serial;
  /** matchKeys of the Officers list, or null when there is no Officers sheet. */
  readonly officers: ReadonlySet<string> | null;
  /** Keys (idKey) of the measure ids on the Measures sheet, or null when there is no Measures sheet. */
  readonly measureIds: ReadonlySet<string> | null;
  readonly measuresSheet: string | null;
  /** 0-based first column of the table, for a finding whose column is missing. */
  readonly firstCol: number;
  /** Ref key -> the first ref cell using it, for keys more than one action uses (ref-duplicate; firstOfRepeatedKeys). */
  readonly repeatedRefs: ReadonlyMap<string, Field<string>>;
  /** Measures cell text -> the ids it names that are not known (measure-unknown, worked out once per text). */
  readonly unknownMeasures: Map<string, ReadonlyArray<string>>;
  /** Lead text -> null when on the Officers list, else what lead-unknown's message adds (worked out once per text). */
  readonly leadsSeen: Map<string, string | null>;
}

/** The ref as text when the row has one. */
export function refOf(row: ActionRow): string | null {
  const f = row.ref;
  return f !== null && f.read.kind === 'value' ? f.read.value : null;
}

/** `action 2.1`, or `the action in row 15` without a ref. */
export function actionName(row: ActionRow): string {
  const ref = refOf(row);
  return ref !== null ? 'action ' + ref : 'the action in row ' + String(row.row + 1);
}

/** `Action 2.1` / `The action in row 15`, for the start of a sentence. */
export function actionTitle(row: ActionRow): string {
  const name = actionName(row);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A cell of this row in the table's first column (for a finding whose own column is missing). */
export function firstCellSpot(row: number, firstCol: number): Spot {
  return { row, col: firstCol };
}
