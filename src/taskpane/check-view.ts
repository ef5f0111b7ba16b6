/**
 * Check: runs the check, shows "Ready for board" or the counts, findings
 * grouped by sheet then rule; each finding is a button that selects its cell.
 */
import type { Finding, RuleId } from '../core/findings';
import { ukFromSerial, isoFromSerial } from '../core/calendar';
import { toCsv } from '../csv/csv-export';
import type { Loaded, PaneContext, View } from './context';
import { summaryLine } from './context';
import { download, h, replaceChildren } from './dom';
import { plural } from './format';
import { ruleTitle } from '../core/rules';

interface Group {
  readonly sheet: string;
  readonly rules: Array<{ readonly rule: RuleId; readonly findings: Finding[] }>;
}

export function groupFindings(findings: ReadonlyArray<Finding>): Group[] {
  const groups: Array<{ sheet: string; rules: Array<{ rule: RuleId; findings: Finding[] }> }> = [];
  for (const f of findings) {
    let g = groups.find((x) => x.sheet === f.sheet);
    if (g === undefined) {
      g = { sheet: f.sheet, rules: [] };
      groups.push(g);
    }
    let r = g.rules.find((x) => x.rule === f.rule);
    if (r === undefined) {
      r = { rule: f.rule, findings: [] };
      g.rules.push(r);
    }
    r.findings.push(f);
  }
  return groups;
}

export function findingsCsv(findings: ReadonlyArray<Finding>): string {
  const rows: Array<Array<string | null>> = [['Severity', 'Rule', 'Sheet', 'Cell', 'Ref', 'Message']];
  for (const f of findings) rows.push([f.severity === 'error' ? 'Error' : 'Warning', f.rule, f.sheet, f.cell, f.ref, f.message]);
  return toCsv(rows);
}

export function createCheckView(ctx: PaneContext): View {
  const summary = h('div', { class: 'summary', id: 'check-summary' }, ['Run the check to see what needs fixing before the board.']);
  const list = h('div', { class: 'findings' });
  let current: Loaded | null = null;

  const runCheck = h('button', { type: 'button', class: 'btn primary' }, ['Run check']);
  const mark = h('button', { type: 'button', class: 'btn' }, ['Mark cells']);
  const clear = h('button', { type: 'button', class: 'btn' }, ['Clear marks']);
  const exportCsv = h('button', { type: 'button', class: 'btn' }, ['Export findings (CSV)']);

  runCheck.addEventListener('click', () => {
    void ctx.run('Checking the plan', async (progress) => {
      const loaded = await ctx.load(progress);
      ctx.announce('Check done as of ' + ukFromSerial(loaded.analysis.asOf) + '. ' + summaryLine(loaded.analysis));
    });
  });
  mark.addEventListener('click', () => {
    void ctx.run('Marking cells', async () => {
      const findings = current === null ? [] : current.analysis.findings;
      const result = await ctx.host.markFindings(findings);
      if (!result.ok) ctx.error('The cells could not be marked: ' + result.message);
      else ctx.announce(findings.length === 0 ? 'Nothing to mark: no findings.' : 'Marked ' + plural(findings.length, 'cell') + ' with findings (errors and warnings look different).');
    });
  });
  clear.addEventListener('click', () => {
    void ctx.run('Clearing marks', async () => {
      const result = await ctx.host.clearMarks();
      if (!result.ok) ctx.error('The marks could not be cleared: ' + result.message);
      else ctx.announce('Marks cleared.');
    });
  });
  exportCsv.addEventListener('click', () => {
    if (current === null) {
      ctx.announce('Run the check first.');
      return;
    }
    const a = current.analysis;
    download('findings-' + isoFromSerial(a.asOf) + '.csv', '\ufeff' + findingsCsv(a.findings), 'text/csv;charset=utf-8');
    ctx.announce('Exported ' + plural(a.findings.length, 'finding') + ' as CSV.');
  });

  function select(f: Finding): void {
    void ctx.run('Selecting ' + f.sheet + '!' + f.cell, async () => {
      const result = await ctx.host.selectCell(f.sheet, f.cell);
      if (!result.ok) ctx.error('Could not go to ' + f.sheet + '!' + f.cell + ': ' + result.message);
      else ctx.announce('Selected ' + f.sheet + '!' + f.cell + '.');
    });
  }

  function render(loaded: Loaded): void {
    current = loaded;
    const a = loaded.analysis;
    const headline = a.ready
      ? h('p', { class: 'headline ok' }, [h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✓']), 'Ready for board'])
      : h('p', { class: 'headline bad' }, [h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✕']), 'Not ready for board']);
    replaceChildren(summary, [
      headline,
      h('p', { class: 'counts' }, [
        h('span', { class: 'sev sev-error' }, [plural(a.errors, 'error')]),
        ' ',
        h('span', { class: 'sev sev-warning' }, [plural(a.warnings, 'warning')]),
        ' as of ' + ukFromSerial(a.asOf),
      ]),
    ]);
    const groups = groupFindings(a.findings);
    if (groups.length === 0) {
      replaceChildren(list, [h('p', { class: 'note' }, ['No findings.'])]);
      return;
    }
    replaceChildren(
      list,
      groups.map((g) =>
        h('section', { class: 'sheet-group' }, [
          h('h3', {}, [g.sheet + ' (' + plural(g.rules.reduce((n, r) => n + r.findings.length, 0), 'finding') + ')']),
          ...g.rules.map((r) =>
            h('div', { class: 'rule-group' }, [
              h('h4', {}, [ruleTitle(r.rule) + ' (' + String(r.findings.length) + ')']),
              h(
                'ul',
                { class: 'finding-list' },
                r.findings.map((f) => {
                  const button = h('button', { type: 'button', class: 'finding sev-' + f.severity, 'data-cell': f.sheet + '!' + f.cell }, [
                    h('span', { class: 'sev-label' }, [f.severity === 'error' ? 'Error' : 'Warning']),
                    h('span', { class: 'where' }, [f.cell + (f.ref !== null ? ' · ' + f.ref : '')]),
                    h('span', { class: 'message' }, [f.message]),
                  ]);
                  button.addEventListener('click', () => select(f));
                  return h('li', {}, [button]);
                }),
              ),
            ]),
          ),
        ]),
      ),
    );
  }

  const panel = h('section', {}, [
    h('h2', { class: 'panel-title' }, ['Check the plan']),
    h('div', { class: 'toolbar' }, [runCheck, mark, clear, exportCsv]),
    summary,
    list,
  ]);
  return { id: 'check', title: 'Check', panel, update: render };
}
