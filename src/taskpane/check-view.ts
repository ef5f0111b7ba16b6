/**
 * Check: runs the check, shows "Ready for board" or the counts, then the
 * findings as one list (one Tab stop, arrow keys inside): errors first grouped
 * by rule, then warnings. When there are errors the warnings start collapsed
 * behind a "Show N warnings" button, so the errors that block the board are
 * what the analyst sees first (docs/decisions.md); with no errors they show.
 * Choosing a finding selects its cell.
 */
import type { Finding } from '../core/findings';
import { ukFromSerial, isoFromSerial } from '../core/calendar';
import { toCsv } from '../csv/csv-export';
import type { Loaded, PaneContext, View } from './context';
import { summaryLine } from './context';
import { download, h, replaceChildren } from './dom';
import { plural } from './format';
import { createFindingsList, groupByRule } from './findings-list';
import type { RuleGroup } from './findings-list';

function findingsCsv(findings: ReadonlyArray<Finding>): string {
  const rows: Array<Array<string | null>> = [['Severity', 'Rule', 'Sheet', 'Cell', 'Ref', 'Message']];
  for (const f of findings) rows.push([f.severity === 'error' ? 'Error' : 'Warning', f.rule, f.sheet, f.cell, f.ref, f.message]);
  return toCsv(rows);
}

export function createCheckView(ctx: PaneContext): View {
  const summary = h('div', { class: 'summary', id: 'check-summary' }, ['Run the check to see what needs fixing before the board.']);
  const listNote = h('p', { class: 'note' }, []);
  const warningsToggle = h('button', { type: 'button', class: 'btn link', 'aria-expanded': 'false', hidden: true }, []);
  let current: Loaded | null = null;
  /** Null until the analyst chooses: then their choice stays across checks. */
  let warningsChosen: boolean | null = null;

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

  const findingsList = createFindingsList('Findings', (f) => select(f));
  findingsList.element.id = 'check-findings';
  findingsList.element.hidden = true;
  warningsToggle.setAttribute('aria-controls', findingsList.element.id);
  warningsToggle.addEventListener('click', () => {
    warningsChosen = warningsToggle.getAttribute('aria-expanded') !== 'true';
    if (current !== null) showFindings(current);
  });

  function showFindings(loaded: Loaded): void {
    const a = loaded.analysis;
    const groups = groupByRule(a.findings);
    const warningsShown = a.errors === 0 || (warningsChosen !== null ? warningsChosen : false);
    const shown: RuleGroup[] = groups.filter((g) => g.severity === 'error' || warningsShown);
    findingsList.show(shown);
    findingsList.element.hidden = shown.length === 0;
    warningsToggle.hidden = a.errors === 0 || a.warnings === 0;
    warningsToggle.setAttribute('aria-expanded', warningsShown ? 'true' : 'false');
    warningsToggle.textContent = (warningsShown ? 'Hide ' : 'Show ') + plural(a.warnings, 'warning');
    listNote.textContent = a.findings.length === 0 ? 'No findings.' : a.errors > 0 ? 'Errors first; choose one to go to its cell.' : 'Choose a finding to go to its cell.';
  }

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
    showFindings(loaded);
  }

  const panel = h('section', {}, [
    h('h2', { class: 'panel-title' }, ['Check the plan']),
    h('div', { class: 'toolbar' }, [runCheck, mark, clear, exportCsv]),
    summary,
    h('div', { class: 'findings' }, [listNote, warningsToggle, findingsList.element]),
  ]);
  return { id: 'check', title: 'Check', panel, update: render };
}
