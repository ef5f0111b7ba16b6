/**
 * The task pane: an as-of date, four tabs (Check, Progress, Roll-up, Import)
 * per the WAI-ARIA tabs pattern, one live region for progress and results,
 * and one alert region for errors. Talks to the workbook only through a
 * PlanHost (Office.js inside Excel, or the preview's simulated workbook).
 */
import { analysePlan } from '../core';
import type { Analysis } from '../core/model';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Serial } from '../core/calendar';
import { isoFromSerial, serialFromIso, serialFromYmd, ukFromSerial } from '../core/calendar';
import { parseA1 } from '../core/address';
import { matchKey } from '../core/text';
import type { PlanHost, Progress } from './host';
import { h, replaceChildren, uid } from './dom';
import { createCheckView } from './check-view';
import { createProgressView } from './progress-view';
import { createRollupView } from './rollup-view';
import { createImportView } from './import-view';
import css from './styles.css';

export interface MountOptions {
  /** Today as an Excel serial (tests pin it); default: the local date now. */
  readonly today?: Serial;
}

export interface Loaded {
  readonly snapshot: WorkbookSnapshot;
  readonly analysis: Analysis;
}

/** What a tab gets from the pane. */
export interface PaneContext {
  readonly host: PlanHost;
  /** The pane's as-of date. */
  asOf(): Serial;
  /** The latest read of the workbook analysed as of the pane's date, if any. */
  latest(): Loaded | null;
  /**
   * Reads the workbook and analyses it. Without `asOf` it uses the pane's date
   * and tells every tab about the new analysis.
   */
  load(progress: Progress, asOf?: Serial): Promise<Loaded>;
  /**
   * Runs a long operation: one at a time, with a progress bar and live
   * announcements; an exception becomes a message a person understands.
   * Resolves to null when it failed (the message is already shown).
   */
  run<T>(label: string, work: (progress: Progress) => Promise<T>): Promise<T | null>;
  announce(text: string): void;
  error(text: string): void;
  clearError(): void;
}

export interface View {
  readonly id: string;
  readonly title: string;
  readonly panel: HTMLElement;
  /** Called with every new analysis made as of the pane's date. */
  update(loaded: Loaded): void;
}

export interface PaneHandle {
  readonly context: PaneContext;
  destroy(): void;
}

export function todaySerial(): Serial {
  const d = new Date();
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Turns whatever was thrown into a sentence for a person. */
export function describeError(label: string, e: unknown): string {
  const reason = e instanceof Error ? e.message : typeof e === 'string' ? e : 'an unexpected problem';
  return label + ' did not work: ' + reason + (/[.!?]$/.test(reason) ? '' : '.') + ' Nothing was changed by the step that failed; try again, and if it keeps happening save the workbook and reopen it.';
}

/** Where the Settings sheet keeps `As of`, when it does. */
export function asOfCell(analysis: Analysis): { sheet: string; address: string; row: number; col: number } | null {
  const settings = analysis.plan.settings;
  if (settings.sheet === null) return null;
  const key = Object.keys(settings.cells).find((k) => matchKey(k) === matchKey('As of'));
  if (key === undefined) return null;
  const address = settings.cells[key];
  const at = parseA1(address);
  if (at === null) return null;
  return { sheet: settings.sheet, address, row: at.row, col: at.col };
}

let styleInjected = false;
function injectStyles(): void {
  if (styleInjected || document.getElementById('plan-pane-styles') !== null) return;
  styleInjected = true;
  const style = document.createElement('style');
  style.id = 'plan-pane-styles';
  style.textContent = css;
  document.head.appendChild(style);
}

export function mount(root: HTMLElement, host: PlanHost, options: MountOptions = {}): PaneHandle {
  injectStyles();
  let asOf: Serial = options.today !== undefined ? options.today : todaySerial();
  let asOfFromUser = false;
  let latest: Loaded | null = null;
  let busy: string | null = null;
  let destroyed = false;

  // ---- header: as-of date -------------------------------------------------
  const asOfId = uid('as-of');
  const asOfNoteId = uid('as-of-note');
  const asOfInput = h('input', { id: asOfId, type: 'date', value: isoFromSerial(asOf), 'aria-describedby': asOfNoteId, required: true });
  const asOfNote = h('p', { id: asOfNoteId, class: 'note' }, ['Reading the workbook…']);

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
    asOf: () => asOf,
    latest: () => latest,
    async load(progress: Progress, at?: Serial): Promise<Loaded> {
      const snapshot = await host.readSnapshot(progress);
      if (at !== undefined) return { snapshot, analysis: analysePlan(snapshot, { asOf: at }) };
      let analysis = analysePlan(snapshot, { asOf });
      const kept = analysis.plan.settings.asOf;
      if (!asOfFromUser && kept !== null && kept !== asOf) {
        // The workbook keeps an as-of date: use it until the user picks another.
        asOf = kept;
        asOfInput.value = isoFromSerial(asOf);
        analysis = analysePlan(snapshot, { asOf });
      }
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

  function updateAsOfNote(analysis: Analysis): void {
    const cell = asOfCell(analysis);
    const settingsSheet = analysis.plan.settings.sheet;
    if (cell !== null) asOfNote.textContent = 'Kept in the workbook (' + cell.sheet + '!' + cell.address + ').';
    else if (settingsSheet !== null) asOfNote.textContent = 'Kept only while this pane is open: add an "As of" row to the ' + settingsSheet + ' sheet to keep it in the workbook.';
    else asOfNote.textContent = 'Kept only while this pane is open: the workbook has no Settings sheet.';
  }

  asOfInput.addEventListener('change', () => {
    const serial = serialFromIso(asOfInput.value);
    if (serial === null) {
      showError('The as-of date is not a date. Pick a day from the calendar, or type it as day, month and year.');
      return;
    }
    asOf = serial;
    asOfFromUser = true;
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
      announce('As of ' + ukFromSerial(serial) + ': ' + summaryLine(loaded.analysis));
    });
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
      h('div', { class: 'field as-of' }, [h('label', { for: asOfId }, ['As of']), asOfInput]),
      asOfNote,
    ]),
    tablist,
    progressBar,
    status,
    alertBox,
    ...views.map((v) => v.panel),
  ]);
  replaceChildren(root, [shell]);

  // First read: picks up the workbook's as-of date and fills every tab.
  void context.run('Reading the workbook', async (progress) => {
    const loaded = await context.load(progress);
    announce('Workbook read as of ' + ukFromSerial(loaded.analysis.asOf) + ': ' + summaryLine(loaded.analysis));
  });

  return {
    context,
    destroy(): void {
      destroyed = true;
      replaceChildren(root, []);
    },
  };
}

export function summaryLine(a: Analysis): string {
  if (a.ready) return a.warnings === 0 ? 'Ready for board.' : 'Ready for board, with ' + String(a.warnings) + (a.warnings === 1 ? ' warning.' : ' warnings.');
  return String(a.errors) + (a.errors === 1 ? ' error' : ' errors') + ' and ' + String(a.warnings) + (a.warnings === 1 ? ' warning' : ' warnings') + ': not ready for board.';
}
