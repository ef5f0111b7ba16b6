/**
 * The pane at 350 px, the width of Excel's task pane: nothing widens the page
 * (not even a 5,000-character unbroken word in a workbook cell), and the
 * roll-up table scrolls sideways inside a labelled, focusable region with a
 * visible cue, so its last column (Overdue) stays reachable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPreview, pageErrors, selectTab, startHarness, waitIdle } from './browser';
import type { Harness } from './browser';
import { smallPlan, xlsxBytes } from './fixtures';

const WIDTH = 350;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  if (harness !== undefined) await harness.close();
});

async function openNarrow(payload?: string): Promise<Page> {
  const page = await openPreview(harness, { workbook: { name: 'narrow.xlsx', bytes: await xlsxBytes(smallPlan(payload !== undefined ? { payload } : {})) } });
  await page.setViewportSize({ width: WIDTH, height: 800 });
  return page;
}

/** The page's and the pane's widths: neither may be wider than the window. */
async function widths(page: Page): Promise<{ document: number; pane: number; paneVisible: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('#pane .pane') as HTMLElement;
    return { document: document.documentElement.scrollWidth, pane: pane.scrollWidth, paneVisible: pane.clientWidth };
  });
}

describe('the pane at 350 px', () => {
  it('keeps a 5,000-character unbroken word from widening the pane, on every tab', async () => {
    const word = 'x'.repeat(5000);
    const page = await openNarrow(word);
    await page.click('button:has-text("Run check")');
    await waitIdle(page);
    for (const tab of ['Check', 'Progress', 'Roll-up', 'Import']) {
      await selectTab(page, tab);
      if (tab === 'Roll-up') {
        await page.click('button:has-text("Write roll-up")');
        await waitIdle(page);
      }
      const w = await widths(page);
      expect(w.document, tab).toBeLessThanOrEqual(WIDTH);
      expect(w.pane, tab).toBeLessThanOrEqual(w.paneVisible);
    }
    // The word is there, wrapped, not cut.
    await selectTab(page, 'Progress');
    expect(await page.locator('#panel-progress').textContent()).toContain(word);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('scrolls the roll-up table inside a labelled region with a visible cue, Overdue reachable', async () => {
    const page = await openNarrow();
    await selectTab(page, 'Roll-up');
    await page.click('button:has-text("Write roll-up")');
    await waitIdle(page);
    expect((await widths(page)).document).toBeLessThanOrEqual(WIDTH);
    const block = page.locator('#panel-rollup .table-block').first();
    const region = block.locator('[role=region]');
    expect(await region.getAttribute('aria-label')).toMatch(/^Actions, Nov 2016/);
    expect(await region.getAttribute('tabindex')).toBe('0');
    // The cue: a visible line and a shadow on the side with more columns.
    expect(await block.locator('.scroll-hint').isVisible()).toBe(true);
    expect(await block.locator('.scroll-hint').textContent()).toContain('Scroll for more');
    expect(await region.getAttribute('class')).toContain('more-right');
    const overdue = region.locator('thead th:has-text("Overdue")');
    const inView = (): Promise<boolean> =>
      page.evaluate(() => {
        const r = document.querySelector('#panel-rollup [role=region]') as HTMLElement;
        const th = Array.from(r.querySelectorAll('thead th')).find((e) => e.textContent === 'Overdue') as HTMLElement;
        const a = r.getBoundingClientRect();
        const b = th.getBoundingClientRect();
        return b.left >= a.left - 1 && b.right <= a.right + 1;
      });
    expect(await overdue.count()).toBe(1);
    expect(await inView()).toBe(false);
    // The keyboard scrolls the focused region to its last column.
    await region.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    expect(await inView()).toBe(true);
    expect(await region.getAttribute('class')).toContain('more-left');
    expect(await region.getAttribute('class')).not.toContain('more-right');
    await page.close();
  });
});
