/** `--format text`: short summaries for people. Months as people name them (`Sep 2016`); rules by their titles. */
import type { Analysis, MeasureResult, ActionResult, RollupRow } from '../core/model';
import type { Finding } from '../core/findings';
import { shortYearMonth } from '../core/calendar';
import { asOfOf, describeAsOf } from '../core/as-of';
import { boardReadiness } from '../core/readiness';
import { ruleTitle } from '../core/rules';
import type { Palette } from './terminal';
import { plural } from '../core/text';

/** `as of 30/09/2016 (Settings!B5)`: the date and where it came from (contract 8). */
export function asOfText(analysis: Analysis): string {
  return describeAsOf(asOfOf(analysis));
}

export function checkText(analysis: Analysis, file: string, p: Palette): string {
  const lines: string[] = [];
  lines.push(`Plan check of ${file}, ${asOfText(analysis)}`);
  const readiness = boardReadiness(analysis.errors, analysis.warnings);
  lines.push(analysis.ready ? p.green(readiness) : p.red(readiness));
  for (const [sheet, findings] of groupBySheet(analysis.findings)) {
    lines.push('');
    lines.push(p.bold(sheet) + ` (${plural(findings.length, 'finding')})`);
    const cellWidth = Math.max(...findings.map((f) => f.cell.length));
    for (const f of findings) {
      const severity = f.severity === 'error' ? p.red('error  ') : p.amber('warning');
      lines.push(`  ${f.cell.padEnd(cellWidth)}  ${severity}  ${ruleTitle(f.rule)} [${f.rule}]: ${f.message}`);
    }
  }
  return lines.join('\n') + '\n';
}

function groupBySheet(findings: ReadonlyArray<Finding>): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list === undefined) groups.set(f.sheet, [f]);
    else list.push(f);
  }
  return groups;
}

export function reportText(analysis: Analysis, p: Palette): string {
  const lines: string[] = [];
  lines.push(`Plan report for ${shortYearMonth(analysis.month)}, ${asOfText(analysis)}`);
  lines.push('');
  lines.push(p.bold('Actions') + ` (${analysis.actions.length})`);
  lines.push('  ' + bragCounts(analysis.actions, p));
  const overdue = analysis.actions.filter((a) => a.daysOverdue > 0).sort((a, b) => b.daysOverdue - a.daysOverdue);
  for (const a of overdue.slice(0, 10)) lines.push(`  ${p.red('overdue')} ${a.ref} by ${plural(a.daysOverdue, 'day')}`);
  if (overdue.length > 10) lines.push(`  ... and ${overdue.length - 10} more overdue`);
  lines.push('');
  lines.push(p.bold('Measures') + ` (${analysis.measures.length})`);
  const idWidth = Math.max(2, ...analysis.measures.map((m) => m.id.length));
  for (const m of analysis.measures) lines.push('  ' + measureLine(m, idWidth, p));
  lines.push('');
  lines.push(p.bold(`Roll-up for ${shortYearMonth(analysis.month)}`));
  lines.push(...rollupTable(analysis.rollup).map((l) => '  ' + l));
  return lines.join('\n') + '\n';
}

function bragCounts(actions: ReadonlyArray<ActionResult>, p: Palette): string {
  const count = (rag: string): number => actions.filter((a) => a.rag === rag).length;
  return [
    p.blue(`Blue ${count('Blue')}`),
    p.green(`Green ${count('Green')}`),
    p.amber(`Amber ${count('Amber')}`),
    p.red(`Red ${count('Red')}`),
    p.grey(`Grey ${count('Grey')}`),
    `Unknown ${count('Unknown')}`,
  ].join('  ');
}

function measureLine(m: MeasureResult, idWidth: number, p: Palette): string {
  const paint = m.rag === 'Green' ? p.green : m.rag === 'Amber' ? p.amber : m.rag === 'Red' ? p.red : p.grey;
  const latest = m.latest === null ? 'no data' : formatValue(m.latest, m.unit) + (m.latestPeriod !== null ? ` (${shortYearMonth(m.latestPeriod)})` : '');
  const target = m.target === null ? '' : ` target ${formatValue(m.target, m.unit)}`;
  const extras = [m.trajectory, m.direction].filter((x) => x !== null).join(', ');
  return `${m.id.padEnd(idWidth)}  ${paint(m.rag.padEnd(7))}  ${latest}${target}${extras !== '' ? '  ' + extras : ''}  ${m.name}`;
}

export function formatValue(value: number, unit: MeasureResult['unit']): string {
  if (unit === 'percent') return `${round(value * 100, 1)}%`;
  return String(round(value, 2));
}

function round(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}

const ROLLUP_COLUMNS: ReadonlyArray<[string, keyof RollupRow]> = [
  ['Theme', 'theme'], ['Actions', 'actions'], ['Blue', 'blue'], ['Green', 'green'], ['Amber', 'amber'], ['Red', 'red'],
  ['Grey', 'grey'], ['Unknown', 'unknown'], ['Overdue', 'overdue'], ['Measures', 'measures'], ['M green', 'measuresGreen'],
  ['M amber', 'measuresAmber'], ['M red', 'measuresRed'], ['M no data', 'measuresNoData'],
];

export function rollupTable(rows: ReadonlyArray<RollupRow>): string[] {
  const cells = [ROLLUP_COLUMNS.map(([h]) => h), ...rows.map((r) => ROLLUP_COLUMNS.map(([, k]) => String(r[k])))];
  const widths = ROLLUP_COLUMNS.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

export { plural };
