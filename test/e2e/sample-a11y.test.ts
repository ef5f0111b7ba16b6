/**
 * The sample workbook in the preview: every tab passes an axe-core scan
 * (WCAG 2.1 A and AA), screenshots of each tab for a look, and workbook text
 * that looks like HTML is shown as text, never run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE_AS_OF } from '../../src/sample';
import { HAS_SAMPLE, RESULTS, openPreview, pageErrors, selectTab, startHarness, waitIdle } from './browser';
import type { Harness } from './browser';
import { smallPlan, xlsxBytes } from './fixtures';
import { axe } from './axe';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, name + '.png'), fullPage: false });
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  if (harness !== undefined) await harness.close();
});

describe.skipIf(!HAS_SAMPLE)('the sample in the preview', () => {
  it('every tab passes axe (WCAG 2.1 AA) and is saved as a screenshot', async () => {
    const page = await openPreview(harness, { today: SAMPLE_AS_OF });
    await page.click('button:has-text("Run check")');
    await waitIdle(page);
    expect(await page.textContent('#check-summary')).toMatch(/\d+ errors?/);
    await page.locator('[role=option].finding').first().click();
    await waitIdle(page);
    await page.click('button:has-text("Mark cells")');
    await waitIdle(page);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'pane-check');

    await selectTab(page, 'Progress');
    expect(await page.locator('#panel-progress li.measure').count()).toBeGreaterThan(5);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'pane-progress');

    await selectTab(page, 'Roll-up');
    await page.click('button:has-text("Write roll-up")');
    await waitIdle(page);
    await page.waitForSelector('.sheet-tab[data-sheet="Monthly roll-up"]');
    expect(await axe(page)).toEqual([]);
    await shot(page, 'pane-rollup');

    await selectTab(page, 'Import');
    const id = await page.locator('.sheet-tab[data-sheet="Scorecard"]').count();
    expect(id).toBe(1);
    const csv = 'Measure ID;Period;Value\nNOPE1;2016-10;12\n';
    await page.setInputFiles('#panel-import input[type=file]', { name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-preview .headline');
    await waitIdle(page);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'pane-import');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('workbook text is data, never HTML', () => {
  it('shows markup in cells as text and runs none of it', async () => {
    const img = '<img src=x onerror=window.__xss=1>';
    const script = '<script>window.__xss=2</script>';
    const wb = smallPlan({ payload: img });
    const actions = wb.getWorksheet('Actions');
    if (actions === undefined) throw new Error('no Actions sheet');
    actions.getCell('A10').value = script; // an action row whose ref is markup
    actions.getCell('B10').value = script;
    const page = await openPreview(harness, { workbook: { name: 'xss.xlsx', bytes: await xlsxBytes(wb) } });
    await page.click('button:has-text("Run check")');
    await waitIdle(page);
    await selectTab(page, 'Progress');
    await page.click('.sheet-tab[data-sheet="Actions"]');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src=x]').count()).toBe(0);
    // Visible as text in the grid and in the pane (a measure name, a finding naming the ref).
    expect(await page.textContent('.sheet-grid td[data-address="B5"]')).toBe(img);
    expect(await page.textContent('.sheet-grid td[data-address="A10"]')).toBe(script);
    expect(await page.locator('#panel-progress').textContent()).toContain(img);
    await selectTab(page, 'Check');
    expect(await page.locator('#panel-check').textContent()).toContain('<script>');
    await shot(page, 'pane-xss');
    await page.close();
  });
});
