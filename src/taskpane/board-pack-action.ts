/**
 * The Roll-up tab's "Board pack" action: makes the Board pack (contract 9)
 * from the open workbook as of the pane's date and hands it to the analyst
 * through the host (a download, or a window to print from in Excel desktop).
 * When the check finds errors it first says so and asks before making a
 * DRAFT: a confirm step with real buttons, focus moved to it, Escape to cancel.
 */
import { analysePlan, buildBoardPack } from '../core';
import { resolveAsOf, serialOfDate } from '../core/as-of';
import { renderBoardPack } from '../core/board/render';
import { formatYearMonth, longYearMonth } from '../core/calendar';
import { plural } from '../core/text';
import type { Loaded, PaneContext } from './context';
import { download, h, replaceChildren, uid } from './dom';

/** `board-pack-2016-09.html` */
export function boardPackFileName(month: number): string {
  return 'board-pack-' + formatYearMonth(month) + '.html';
}

/** The pack's HTML for what the pane has read: the Settings As of when the pane uses it, else the pane's date as given. */
export function boardPackHtml(loaded: Loaded, paneAsOf: number, today: Date): string {
  const snapshot = loaded.snapshot;
  const kept = loaded.analysis.plan.settings.asOf;
  const asOf = resolveAsOf(snapshot, kept === paneAsOf ? null : { date: paneAsOf, label: 'the task pane' }, serialOfDate(today, false));
  const analysis = asOf.date === loaded.analysis.asOf ? loaded.analysis : analysePlan(snapshot, { asOf: asOf.date });
  return renderBoardPack(buildBoardPack(analysis, snapshot, { asOf, madeOn: serialOfDate(today, false) }));
}

export function createBoardPackAction(ctx: PaneContext, today: () => Date = () => new Date()): HTMLElement {
  const button = h('button', { type: 'button', class: 'btn' }, ['Board pack']);
  const confirmArea = h('div', { class: 'board-confirm' });
  const result = h('div', { class: 'board-result' });

  async function make(loaded: Loaded): Promise<void> {
    const a = loaded.analysis;
    const html = boardPackHtml(loaded, ctx.asOf(), today());
    const name = boardPackFileName(a.month);
    const saved = ctx.host.saveDocument !== undefined ? await ctx.host.saveDocument(name, html) : (download(name, html, 'text/html;charset=utf-8'), { ok: true as const, how: 'downloaded' as const });
    if (!saved.ok) {
      ctx.error('The Board pack was not saved: ' + saved.message);
      return;
    }
    const what = 'Board pack for ' + longYearMonth(a.month) + (a.ready ? '' : ' (DRAFT)');
    const line = saved.how === 'downloaded' ? what + ' saved as ' + name + ' in your downloads.' : what + ' opened in a new window: print it or save it as PDF from there.';
    replaceChildren(result, [h('p', { class: 'headline ok' }, [h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✓']), line])]);
    ctx.announce(line);
  }

  function askFirst(loaded: Loaded): void {
    const a = loaded.analysis;
    const textId = uid('board-confirm-text');
    const go = h('button', { type: 'button', class: 'btn primary' }, ['Make a DRAFT pack']);
    const cancel = h('button', { type: 'button', class: 'btn' }, ['Cancel']);
    const close = (): void => replaceChildren(confirmArea, []);
    const box = h('div', { role: 'group', 'aria-labelledby': textId, class: 'confirm' }, [
      h('p', { id: textId, class: 'warning-text' }, [
        'The check found ' + plural(a.errors, 'error') + ': the pack will say DRAFT on every page. Fix them on the Check tab first, or make a DRAFT pack now.',
      ]),
      h('div', { class: 'toolbar' }, [go, cancel]),
    ]);
    box.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
        button.focus();
        ctx.announce('No Board pack made.');
      }
    });
    go.addEventListener('click', () => {
      close();
      button.focus();
      void ctx.run('Making the Board pack', () => make(loaded));
    });
    cancel.addEventListener('click', () => {
      close();
      button.focus();
      ctx.announce('No Board pack made.');
    });
    replaceChildren(confirmArea, [box]);
    go.focus();
    ctx.announce('The check found ' + plural(a.errors, 'error') + '. Make a DRAFT pack, or cancel.');
  }

  button.addEventListener('click', () => {
    replaceChildren(result, []);
    void ctx.run('Reading the workbook for the Board pack', async (progress) => {
      const loaded = await ctx.load(progress, ctx.asOf());
      if (loaded.analysis.ready) await make(loaded);
      else askFirst(loaded);
    });
  });

  return h('div', { class: 'board-pack' }, [
    h('h3', {}, ['Board pack']),
    h('p', { class: 'note' }, ['The monthly report for the Improvement Board, as of the date above, as one file to print or send. The workbook is not changed.']),
    h('div', { class: 'toolbar' }, [button]),
    confirmArea,
    result,
  ]);
}
