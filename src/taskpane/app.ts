/**
 * The task pane: an as-of date, four tabs (Check, Progress, Roll-up, Import)
 * per the WAI-ARIA tabs pattern, one live region for progress and results,
 * and one alert region for errors. Talks to the workbook only through a
 * PlanHost (Office.js inside Excel, or the preview's simulated workbook).
 */
import { analysePlan } from '../core';
import type { Analysis } from '../core/model';
import type { Serial } from '../core/calendar';
import { isoFromSerial, serialFromIso, ukFromSerial } from '../core/calendar';
import type { AsOf } from '../core/as-of';
import { describeAsOf, readGivenDate, resolveAsOf, serialOfDate } from '../core/as-of';
import type { PlanHost, Progress } from '../host/plan-host';
import type { Loaded, MountOptions, PaneContext, PaneHandle, View } from './context';
import { asOfCell, describeError, summaryLine } from './context';
import { h, replaceChildren, uid } from './dom';
import { createCheckView } from './check-view';
import { createProgressView } from './progress-view';
import { createRollupView } from './rollup-view';
import { createImportView } from './import-view';
import { createHelp } from './help';
import css from './styles.css';

let styleInjected = false;
function injectStyles(): void {
  if (styleInjected || document.getElementById('plan-pane-styles') !== null) return;
  styleInjected = true;
  const style = document.createElement('style');
  style.id = 'plan-pane-styles';
  style.textContent = css;
  document.head.appendChild(style);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function mount(root: HTMLElement, host: PlanHost, options: MountOptions = {}): PaneHandle {
  injectStyles();
  const today: Serial = options.today !== undefined ? options.today : serialOfDate(new Date(), false);
  /** The date typed in the field (contract 8: given explicitly), until the workbook keeps it in Settings. */
  let typed: Serial | null = null;
  let asOf: AsOf = { date: today, source: { kind: 'today' } };
  let latest: Loaded | null = null;
  let busy: string | null = null;
  let destroyed = false;

  // ---- header: as-of date -------------------------------------------------
  // A text field read by the contract's own UK date reader, never the browser's
  // locale (a native date input shows 09/30/2016 in a US browser): issue 10.
  const asOfId = uid('as-of');
  const asOfNoteId = uid('as-of-note');
  const asOfErrorId = uid('as-of-error');
  const asOfInput = h('input', {
    id: asOfId,
    type: 'text',
    class: 'date-text',
    value: ukFromSerial(asOf.date),
    placeholder: 'dd/mm/yyyy',
    autocomplete: 'off',
    spellcheck: 'false',
    size: 12,
    'aria-describedby': asOfNoteId,
    required: true,
  });
  // The picker fills the text field in UK order; the field stays the one place the date is typed and read.
  const picker = h('input', { type: 'date', class: 'date-picker-input', tabindex: -1, 'aria-hidden': 'true' });
  const pickerButton = h('button', { type: 'button', class: 'btn icon-btn', 'aria-label': 'Pick the as-of date from a calendar', title: 'Pick from a calendar' }, ['📅']);
  const asOfError = h('p', { id: asOfErrorId, class: 'field-error', hidden: true });
  const asOfNote = h('p', { id: asOfNoteId, class: 'note' }, ['Reading the workbook…']);

  const showAsOfError = (text: string): void => {
    asOfError.textContent = text;
    asOfError.hidden = false;
    asOfInput.setAttribute('aria-invalid', 'true');
    asOfInput.setAttribute('aria-describedby', asOfErrorId + ' ' + asOfNoteId);
  };
  const clearAsOfError = (): void => {
    asOfError.textContent = '';
    asOfError.hidden = true;
    asOfInput.removeAttribute('aria-invalid');
    asOfInput.setAttribute('aria-describedby', asOfNoteId);
  };

  // ---- status, progress, errors ------------------------------------------
  const status = h('div', { role: 'status', 'aria-live': 'polite', class: 'status', id: 'pane-status' });
  const progressBar = h('progress', { class: 'progress', max: 1, value: 0, 'aria-label': 'Progress', hidden: true });
  const alertBox = h('div', { role: 'alert', class: 'alert', id: 'pane-alert' });

  const announce = (text: string): void => {
    status.textContent = text;
  };
  const showError = (text: string): void => {
    replaceChildren(alertBox, [h('span', { class: 'alert-icon', 'aria-hidden': 'true' }, ['!']), h('span', {}, [text])]);
    alertBox.classList.add('shown');
  };
  const clearError = (): void => {
    replaceChildren(alertBox, []);
    alertBox.classList.remove('shown');
  };

  const views: View[] = [];
  const notify = (loaded: Loaded): void => {
    for (const v of views) v.update(loaded);
  };

  const context: PaneContext = {
    host,
    asOf: () => asOf.date,
    latest: () => latest,
    async load(progress: Progress, at?: Serial): Promise<Loaded> {
      const snapshot = await host.readSnapshot(progress);
      if (at !== undefined) return { snapshot, analysis: analysePlan(snapshot, { asOf: at, source: { kind: 'given', label: 'end of the month chosen' } }) };
      // Contract 8: the date typed in the field, else the workbook's Settings As of, else today.
      asOf = resolveAsOf(snapshot, typed === null ? null : { date: typed, label: 'typed in the pane' }, today);
      if (document.activeElement !== asOfInput) {
        asOfInput.value = ukFromSerial(asOf.date);
        clearAsOfError();
      }
      const analysis = analysePlan(snapshot, { asOf: asOf.date, source: asOf.source });
      latest = { snapshot, analysis };
      updateAsOfNote(analysis);
      notify(latest);
      return latest;
    },
    async run<T>(label: string, work: (progress: Progress) => Promise<T>): Promise<T | null> {
      if (busy !== null) {
        announce('Please wait: ' + busy + ' is still running.');
        return null;
      }
      busy = label;
      clearError();
      root.setAttribute('aria-busy', 'true');
      progressBar.hidden = false;
      progressBar.removeAttribute('value');
      announce(label + '…');
      const progress: Progress = (done, total, text) => {
        if (total > 0) {
          progressBar.max = total;
          progressBar.value = Math.min(done, total);
        }
        progressBar.setAttribute('aria-valuetext', text);
      };
      try {
        return await work(progress);
      } catch (e) {
        showError(describeError(label, e));
        announce(label + ' did not work.');
        return null;
      } finally {
        busy = null;
        if (!destroyed) {
          root.removeAttribute('aria-busy');
          progressBar.hidden = true;
        }
      }
    },
    announce,
    error: showError,
    clearError,
  };

  /** Under the field: where the date came from, and whether the workbook keeps it. */
  function updateAsOfNote(analysis: Analysis): void {
    const cell = asOfCell(analysis);
    const settingsSheet = analysis.plan.settings.sheet;
    const source = asOf.source;
    if (source.kind === 'settings') {
      asOfNote.textContent = 'Kept in the workbook (' + source.sheet + '!' + source.cell + ').';
      return;
    }
    const why =
      cell !== null
        ? 'the workbook\'s As of (' + cell.sheet + '!' + cell.address + ') is not a date.'
        : settingsSheet !== null
          ? 'add an "As of" row to the ' + settingsSheet + ' sheet to keep it in the workbook.'
          : 'the workbook has no Settings sheet.';
    asOfNote.textContent = (source.kind === 'today' ? 'Today\'s date; kept only while this pane is open: ' : 'Typed here; kept only while this pane is open: ') + why;
  }

  /** Reads the field; a bad or impossible date is said beside it and changes nothing. */
  function applyTypedDate(): void {
    const read = readGivenDate(asOfInput.value, 'The as-of date');
    if (!read.ok) {
      showAsOfError(read.message);
      return;
    }
    clearAsOfError();
    const serial = read.date;
    asOfInput.value = ukFromSerial(serial);
    if (serial === asOf.date && latest !== null) return;
    typed = serial;
    void context.run('Updating for ' + ukFromSerial(serial), async (progress) => {
      const loaded = await context.load(progress);
      const cell = asOfCell(loaded.analysis);
      if (cell !== null && loaded.analysis.plan.settings.asOf !== serial) {
        const result = await host.applyWrites(
          { columns: [], sheets: [], cells: [{ sheet: cell.sheet, row: cell.row, col: cell.col, address: cell.address, value: serial, numberFormat: 'dd/mm/yyyy' }] },
          progress,
        );
        if (!result.ok) {
          showError('The as-of date is used, but could not be kept in the workbook: ' + result.message);
          return;
        }
      }
      if (cell !== null) {
        // Kept in Settings now: from here on the workbook's As of is the date (contract 8).
        typed = null;
        asOf = { date: serial, source: { kind: 'settings', sheet: cell.sheet, cell: cell.address } };
        updateAsOfNote(loaded.analysis);
      }
      announce(capitalise(describeAsOf(asOf)) + ': ' + summaryLine(loaded.analysis));
    });
  }

  asOfInput.addEventListener('change', () => applyTypedDate());
  asOfInput.addEventListener('keydown', (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      applyTypedDate();
    }
  });
  pickerButton.addEventListener('click', () => {
    picker.value = isoFromSerial(asOf.date);
    const withPicker = picker as HTMLInputElement & { showPicker?: () => void };
    try {
      if (typeof withPicker.showPicker === 'function') withPicker.showPicker();
      else asOfInput.focus();
    } catch {
      asOfInput.focus();
    }
  });
  picker.addEventListener('change', () => {
    const serial = serialFromIso(picker.value);
    if (serial === null) return;
    asOfInput.value = ukFromSerial(serial);
    applyTypedDate();
  });

  // ---- tabs ---------------------------------------------------------------
  views.push(createCheckView(context), createProgressView(context), createRollupView(context), createImportView(context));
  const tablist = h('div', { role: 'tablist', 'aria-label': 'Plan tools', class: 'tablist' });
  const tabs: HTMLButtonElement[] = [];
  views.forEach((v, i) => {
    const tab = h('button', {
      type: 'button',
      role: 'tab',
      id: 'tab-' + v.id,
      'aria-controls': 'panel-' + v.id,
      'aria-selected': i === 0 ? 'true' : 'false',
      tabindex: i === 0 ? 0 : -1,
      class: 'tab',
    }, [v.title]);
    tab.addEventListener('click', () => select(i, false));
    tab.addEventListener('keydown', (e: KeyboardEvent) => {
      let next = -1;
      if (e.key === 'ArrowRight') next = (i + 1) % views.length;
      else if (e.key === 'ArrowLeft') next = (i - 1 + views.length) % views.length;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = views.length - 1;
      if (next >= 0) {
        e.preventDefault();
        select(next, true);
      }
    });
    tabs.push(tab);
    tablist.appendChild(tab);
    v.panel.id = 'panel-' + v.id;
    v.panel.setAttribute('role', 'tabpanel');
    v.panel.setAttribute('aria-labelledby', 'tab-' + v.id);
    v.panel.setAttribute('tabindex', '0');
    v.panel.classList.add('panel');
    v.panel.hidden = i !== 0;
  });

  function select(index: number, focus: boolean): void {
    tabs.forEach((t, i) => {
      const on = i === index;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.tabIndex = on ? 0 : -1;
      views[i].panel.hidden = !on;
    });
    if (focus) tabs[index].focus();
  }

  const shell = h('div', { class: 'pane' }, [
    h('header', { class: 'pane-header' }, [
      h('h1', { class: 'pane-title' }, ['Improvement plan']),
      h('div', { class: 'field as-of' }, [h('label', { for: asOfId }, ['As of']), asOfInput, pickerButton, picker]),
      asOfError,
      asOfNote,
    ]),
    tablist,
    progressBar,
    status,
    alertBox,
    ...views.map((v) => v.panel),
    createHelp(),
  ]);
  replaceChildren(root, [shell]);

  // First read: picks up the workbook's as-of date and fills every tab.
  void context.run('Reading the workbook', async (progress) => {
    const loaded = await context.load(progress);
    announce('Workbook read ' + describeAsOf(asOf) + ': ' + summaryLine(loaded.analysis));
  });

  return {
    context,
    destroy(): void {
      destroyed = true;
      replaceChildren(root, []);
    },
  };
}
