/**
 * Roll-up: pick the month (default: the as-of month, contract 8; earlier months
 * are offered but never chosen for you), write `Monthly roll-up` and upsert `Roll-up history`, then show the
 * summary and what moved since the previous month in the history.
 */
import { buildWritePlan, compareWithPrevious, readHistory, upsertHistory } from '../core';
import type { RollupComparison } from '../core';
import type { RollupRow } from '../core/model';
import type { Serial, YearMonth } from '../core/calendar';
import { formatYearMonth, lastDayOfYearMonth, longYearMonth, shortYearMonthText, yearMonthOfSerial } from '../core/calendar';
import { asOfOf, describeAsOf } from '../core/as-of';
import type { Loaded, PaneContext, View } from './context';
import { h, replaceChildren, uid } from './dom';
import { plural } from './format';
import { dataTable } from './tables';
import { createBoardPackAction } from './board-pack-action';

const MONTHS_OFFERED = 24;

/** The as-of date a month's roll-up is made for: the month's last day, or the pane's date within its own month. */
export function rollupAsOf(month: YearMonth, paneAsOf: Serial): Serial {
  return month >= yearMonthOfSerial(paneAsOf) ? paneAsOf : lastDayOfYearMonth(month);
}

function themeName(theme: string): string {
  return /^\d+$/.test(theme) ? 'Theme ' + theme : theme;
}

function summaryTables(rows: ReadonlyArray<RollupRow>, month: string): HTMLElement[] {
  return [
    dataTable(
      'Actions, ' + shortYearMonthText(month),
      ['Theme', 'All', 'Blue', 'Green', 'Amber', 'Red', 'Grey', 'Unknown', 'Overdue'],
      rows.map((r) => [themeName(r.theme), r.actions, r.blue, r.green, r.amber, r.red, r.grey, r.unknown, r.overdue]),
    ),
    dataTable(
      'Measures, ' + shortYearMonthText(month),
      ['Theme', 'All', 'Green', 'Amber', 'Red', 'No data'],
      rows.map((r) => [themeName(r.theme), r.measures, r.measuresGreen, r.measuresAmber, r.measuresRed, r.measuresNoData]),
    ),
  ];
}

function changesView(comparison: RollupComparison): HTMLElement {
  if (comparison.kind === 'no-previous') {
    return h('p', { class: 'note' }, ['No earlier month in Roll-up history to compare with: this is the first roll-up.']);
  }
  const title = 'Changes since ' + shortYearMonthText(comparison.previousMonth);
  if (comparison.changes.length === 0) return h('div', {}, [h('h3', {}, [title]), h('p', { class: 'note' }, ['Nothing moved.'])]);
  const themes: string[] = [];
  for (const c of comparison.changes) if (themes.indexOf(c.theme) < 0) themes.push(c.theme);
  return h('div', { class: 'changes' }, [
    h('h3', {}, [title]),
    h(
      'ul',
      {},
      themes.map((t) =>
        h('li', {}, [
          h('strong', {}, [themeName(t) + ': ']),
          comparison.changes
            .filter((c) => c.theme === t)
            .map((c) => c.label + ' ' + String(c.previous) + ' → ' + String(c.current) + ' (' + (c.delta > 0 ? '+' : '−') + String(Math.abs(c.delta)) + ')')
            .join('; '),
        ]),
      ),
    ),
  ]);
}

export function createRollupView(ctx: PaneContext): View {
  const selectId = uid('rollup-month');
  const columnsId = uid('rollup-columns');
  const monthSelect = h('select', { id: selectId });
  const columns = h('input', { id: columnsId, type: 'checkbox', checked: true });
  const write = h('button', { type: 'button', class: 'btn primary' }, ['Write roll-up']);
  const result = h('div', { class: 'rollup-result' });
  let offeredFor: YearMonth | null = null;

  function offerMonths(asOf: Serial): void {
    const current = yearMonthOfSerial(asOf);
    if (offeredFor === current) return;
    offeredFor = current;
    const options: HTMLOptionElement[] = [];
    for (let m = current; m > current - MONTHS_OFFERED; m--) {
      const label = longYearMonth(m) + (m === current ? ' (the as-of month)' : '');
      options.push(h('option', { value: String(m), selected: m === current }, [label]));
    }
    replaceChildren(monthSelect, options);
    monthSelect.value = String(current);
  }
  offerMonths(ctx.asOf());

  write.addEventListener('click', () => {
    const month = Number(monthSelect.value);
    if (!Number.isFinite(month)) return;
    const paneAsOf = ctx.asOf();
    void ctx.run('Writing the roll-up for ' + longYearMonth(month), async (progress) => {
      // The as-of month is analysed as of the pane's own date (and where it came from); an earlier month as of its last day.
      const loaded = month >= yearMonthOfSerial(paneAsOf) ? await ctx.load(progress) : await ctx.load(progress, rollupAsOf(month, paneAsOf));
      const a = loaded.analysis;
      const plan = buildWritePlan(a, loaded.snapshot, { columns: columns.checked, rollup: true });
      const written = await ctx.host.applyWrites(plan, progress);
      if (!written.ok) {
        ctx.error('The roll-up was not written: ' + written.message);
        return;
      }
      const key = formatYearMonth(a.month);
      const history = upsertHistory(readHistory(loaded.snapshot), a.rollup);
      const comparison = compareWithPrevious(history, a.month);
      replaceChildren(result, [
        h('p', { class: 'headline ok' }, [
          h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✓']),
          'Roll-up for ' + longYearMonth(a.month) + ' written (' + describeAsOf(asOfOf(a)) + ').',
        ]),
        a.ready
          ? null
          : h('p', { class: 'warning-text' }, ['The check found ' + plural(a.errors, 'error') + ': the roll-up says so at the top. Fix them on the Check tab before the board.']),
        ...summaryTables(a.rollup, key),
        changesView(comparison),
      ]);
      const moved = comparison.kind === 'compared' ? plural(comparison.changes.length, 'change') + ' since ' + shortYearMonthText(comparison.previousMonth) : 'no earlier month to compare with';
      ctx.announce('Roll-up for ' + longYearMonth(a.month) + ' written to Monthly roll-up and Roll-up history; ' + moved + '.');
    });
  });

  const panel = h('section', {}, [
    h('h2', { class: 'panel-title' }, ['Monthly roll-up']),
    h('div', { class: 'field' }, [h('label', { for: selectId }, ['Month']), monthSelect]),
    h('div', { class: 'check-field' }, [columns, h('label', { for: columnsId }, ['Also update the calculated columns on the Actions and Measures sheets'])]),
    h('div', { class: 'toolbar' }, [write]),
    result,
    createBoardPackAction(ctx),
  ]);
  return {
    id: 'rollup',
    title: 'Roll-up',
    panel,
    update: (loaded: Loaded) => offerMonths(loaded.analysis.asOf),
  };
}
