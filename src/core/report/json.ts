/**
 * The command line's JSON shapes (`plan check --json`, `plan report --json`).
 * Percent values are fractions; months are `yyyy-mm`; a theme is its number as
 * text when themes are numbered, else its name, null when none.
 */
import type { Analysis, Brag, ComparatorResult, Direction, MeasureRag, RollupRow, Trajectory } from '../model';
import type { Finding } from '../findings';
import { formatYearMonth, isoFromSerial } from '../calendar';
import { round10 } from '../measures';
import { describeAsOfSource } from '../as-of';

/** Where the as-of date came from (contract 8): `settings` with `where` `Settings!B5`, `given` (`--as-of`), or `today`. */
export interface JsonAsOfSource {
  readonly kind: 'given' | 'settings' | 'today';
  readonly where: string;
}

/** A finding as the JSON has it: exactly the contract's finding fields. */
export type CheckJsonFinding = Finding;

export interface CheckJson {
  readonly asOf: string;
  readonly asOfSource: JsonAsOfSource;
  readonly ready: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: ReadonlyArray<CheckJsonFinding>;
}

export interface ReportJsonAction {
  readonly ref: string;
  readonly theme: string | null;
  readonly rag: Brag;
  readonly late: boolean;
  readonly daysOverdue: number;
}

export interface ReportJsonMeasure {
  readonly id: string;
  readonly latest: number | null;
  readonly latestPeriod: string | null;
  readonly progress: number | null;
  readonly rag: MeasureRag;
  readonly trajectory: Trajectory | null;
  readonly direction: Direction | null;
  /** Contract 3.4 (added with the Board pack): one entry per comparator the measure has, for higher/lower measures with a latest value. */
  readonly comparators: ReadonlyArray<ComparatorResult>;
}

/** A roll-up row as the JSON has it: the `Roll-up history` columns (contract 5). */
export type ReportJsonRollup = RollupRow;

export interface ReportJson {
  readonly asOf: string;
  readonly asOfSource: JsonAsOfSource;
  readonly actions: ReadonlyArray<ReportJsonAction>;
  readonly measures: ReadonlyArray<ReportJsonMeasure>;
  readonly rollup: ReadonlyArray<ReportJsonRollup>;
}

function asOfSourceJson(analysis: Analysis): JsonAsOfSource {
  return { kind: analysis.asOfSource.kind, where: describeAsOfSource(analysis.asOfSource) };
}

function tidy(x: number | null): number | null {
  return x === null ? null : round10(x);
}

export function checkJson(analysis: Analysis): CheckJson {
  return {
    asOf: isoFromSerial(analysis.asOf),
    asOfSource: asOfSourceJson(analysis),
    ready: analysis.ready,
    errors: analysis.errors,
    warnings: analysis.warnings,
    findings: analysis.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, ref: f.ref, message: f.message })),
  };
}

export function reportJson(analysis: Analysis): ReportJson {
  return {
    asOf: isoFromSerial(analysis.asOf),
    asOfSource: asOfSourceJson(analysis),
    actions: analysis.actions.map((a) => ({
      ref: a.ref,
      theme: a.theme === null ? null : a.theme.key,
      rag: a.rag,
      late: a.late,
      daysOverdue: a.daysOverdue,
    })),
    measures: analysis.measures.map((m) => ({
      id: m.id,
      latest: tidy(m.latest),
      latestPeriod: m.latestPeriod === null ? null : formatYearMonth(m.latestPeriod),
      progress: tidy(m.progress),
      rag: m.rag,
      trajectory: m.trajectory,
      direction: m.direction,
      comparators: m.comparators.map((c) => ({ name: c.name, value: round10(c.value), gap: c.gap, verdict: c.verdict })),
    })),
    rollup: analysis.rollup.map((r) => ({
      month: r.month,
      theme: r.theme,
      actions: r.actions,
      blue: r.blue,
      green: r.green,
      amber: r.amber,
      red: r.red,
      grey: r.grey,
      unknown: r.unknown,
      overdue: r.overdue,
      measures: r.measures,
      measuresGreen: r.measuresGreen,
      measuresAmber: r.measuresAmber,
      measuresRed: r.measuresRed,
      measuresNoData: r.measuresNoData,
    })),
  };
}
