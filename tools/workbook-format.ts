/**
 * Keeps the generated parts of docs/workbook-format.md in step with the engine:
 * the rules table from `RULES` (src/core/rules.ts) and the column tables from
 * the column synonyms the reader uses (src/core/read/synonyms.ts). Each part
 * sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
 *
 *   npm run docs:format            rewrites the generated parts
 *   npm run docs:format -- --check exits 1 when the document is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, RULE_IDS } from '../src/core/rules';
import { ACTION_COLUMNS, MEASURE_COLUMNS } from '../src/core/read/synonyms';
import type { ColumnSpec } from '../src/core/read/synonyms';

export const DOC_PATH = 'docs/workbook-format.md';

/** What each column means to an analyst (contract 1, 3 and 4). Every column the reader knows needs one. */
const ACTION_MEANINGS: Readonly<Record<string, string>> = {
  Ref: 'The action\'s reference, theme number first (`2.3`, `2.3.1`). Type it as text so `1.10` stays `1.10`.',
  Theme: 'The theme the action belongs to. When blank: the ref\'s first number, else the theme heading row above.',
  Action: 'What will be done.',
  Outcome: 'The difference the action will make.',
  Measures: 'The IDs of the measures that show its impact (`CL1, CL2`), checked against the Measures sheet.',
  Lead: 'The lead officer, checked against the Officers sheet when there is one.',
  Due: 'The due date: a date, `31/12/2016`, `Dec 2016` (the month\'s last day) or `Q3 2016/17` (the quarter\'s last day).',
  Status: '`Not started`, `On track`, `At risk`, `Off track`, `Complete`, `Awaiting sign-off` or `Deferred` (and their usual synonyms).',
  'Manual RAG': 'A RAG typed by hand; compared with the calculated one (a warning when they differ).',
  Completed: 'The date a complete action was completed.',
  Update: 'The latest progress update.',
  Updated: 'The date of that update; more than 35 days before the as-of date is a warning.',
  Evidence: 'Where the evidence of impact is.',
  'Calculated RAG': 'Written by the product: `Blue`, `Green`, `Amber`, `Red`, `Grey` or `Unknown`.',
  'Days overdue': 'Written by the product: days past due for actions still open.',
  Check: 'Written by the product: the row\'s findings, short.',
};

const MEASURE_MEANINGS: Readonly<Record<string, string>> = {
  ID: 'The measure\'s ID (`CL1`), as actions refer to it.',
  Name: 'What is measured.',
  Theme: 'The theme the measure belongs to (or a theme heading row above it).',
  Unit: '`%`, `Number`, `Days` or `Rate`. Blank: `%` when the target is formatted as a percentage.',
  Polarity: '`Higher is better`, `Lower is better`, `Target` (close to target is best) or `Context` (no RAG).',
  Baseline: 'Last year\'s outturn: where progress is measured from.',
  Target: 'This year\'s target.',
  Tolerance: 'How far from the target is still Amber (default 5: points for `%`, percent of the target otherwise).',
  'Tolerance type': '`points`, `relative` or `value`: how the tolerance is read.',
  Floor: 'Where given, Amber runs from the target to the floor, instead of the tolerance.',
  England: 'The England average, compared with the latest value.',
  'Statistical neighbours': 'The statistical neighbours\' average, compared with the latest value.',
  'Core cities': 'The core cities\' average, compared with the latest value.',
  Latest: 'Written by the product: the last month with a value, up to the as-of month.',
  'Latest period': 'Written by the product: that month.',
  'Progress to target': 'Written by the product: how far from the baseline to the target (may be below 0% or above 100%).',
  'Calculated RAG': 'Written by the product: `Green`, `Amber`, `Red`, `No data` or `n/a`.',
  Trajectory: 'Written by the product: `On trajectory` or `Behind trajectory` against a straight line from baseline to target.',
  'Direction of travel': 'Written by the product: `Improving`, `Declining` or `No change` since the previous month with a value.',
};

/** Markdown table cells hold no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function rulesTable(): string {
  const rows = RULE_IDS.map((id) => '| ' + cell(RULES[id].title) + ' | `' + id + '` | ' + cell(RULES[id].fix) + ' |');
  return ['| finding | rule id | what to do |', '|---|---|---|', ...rows].join('\n');
}

function columnsTable(columns: ReadonlyArray<ColumnSpec>, meanings: Readonly<Record<string, string>>, sheet: string): string {
  const rows = columns.map((c) => {
    const meaning = meanings[c.name];
    if (meaning === undefined) throw new Error('tools/workbook-format.ts: say what the ' + sheet + ' column "' + c.name + '" means (it is in src/core/read/synonyms.ts).');
    const names = c.owned === true ? '(written by the product)' : c.examples.map((e) => '`' + e + '`').join(', ');
    const required = c.owned === true ? 'owned' : c.required ? 'yes' : 'no';
    return '| ' + cell(c.name) + ' | ' + cell(names) + ' | ' + required + ' | ' + cell(meaning) + ' |';
  });
  return ['| column | headers it may have | required | what it means |', '|---|---|---|---|', ...rows].join('\n');
}

/** The generated parts, by name. */
export function generatedParts(): Readonly<Record<string, string>> {
  return {
    rules: rulesTable(),
    'action-columns': columnsTable(ACTION_COLUMNS, ACTION_MEANINGS, 'Actions'),
    'measure-columns': columnsTable(MEASURE_COLUMNS, MEASURE_MEANINGS, 'Measures'),
  };
}

/** The document with every generated part replaced; throws when a part's markers are missing. */
export function syncDoc(text: string, parts: Readonly<Record<string, string>> = generatedParts()): string {
  let out = text;
  for (const name of Object.keys(parts)) {
    const open = '<!-- generated:' + name + ' -->';
    const close = '<!-- /generated:' + name + ' -->';
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(DOC_PATH + ' has no "' + open + '" ... "' + close + '" block: put the markers back where the ' + name + ' table goes.');
    out = out.slice(0, start + open.length) + '\n' + parts[name] + '\n' + out.slice(end);
  }
  return out;
}

function main(args: ReadonlyArray<string>): number {
  const text = readFileSync(DOC_PATH, 'utf8');
  let synced: string;
  try {
    synced = syncDoc(text);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
  if (args.includes('--check')) {
    if (synced === text) return 0;
    console.error(DOC_PATH + ' is out of date with src/core/rules.ts or the column synonyms: run `npm run docs:format`.');
    return 1;
  }
  if (synced !== text) writeFileSync(DOC_PATH, synced);
  console.log(synced === text ? DOC_PATH + ' is up to date.' : DOC_PATH + ' updated.');
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
