/**
 * The task pane in headless Chromium, against the preview's simulated
 * workbook: check, select a finding's cell, marks, roll-up, import, as-of.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPreview, pageErrors, selectTab, startHarness, statusText, waitIdle } from './browser';
import type { Harness } from './browser';
import { smallPlan, xlsxBytes } from './fixtures';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  if (harness !== undefined) await harness.close();
});

async function openSmall(options: { noSettings?: boolean } = {}): Promise<Page> {
  return openPreview(harness, { workbook: { name: 'small-plan.xlsx', bytes: await xlsxBytes(smallPlan(options)) } });
}

async function gridCell(page: Page, address: string): Promise<string> {
  return (await page.textContent('.sheet-grid td[data-address="' + address + '"]')) ?? '';
}

describe('task pane preview', () => {
  it('reads the as-of date from Settings and runs the check', async () => {
    const page = await openSmall();
    expect(await page.inputValue('#pane input.date-text')).toBe('15/11/2016');
    expect(await page.textContent('#pane .note')).toContain('Settings!B3');
    await page.click('button:has-text("Run check")');
    await waitIdle(page);
    expect(await statusText(page)).toMatch(/Check done as of 15\/11\/2016/);
    expect(await statusText(page)).toMatch(/Not ready for the board: \d+ errors? and \d+ warnings?\./);
    const summary = (await page.textContent('#check-summary')) ?? '';
    expect(summary).toContain('Not ready for board');
    expect(summary).toMatch(/\d+ errors?/);
    // Grouped by rule, with the rule's title.
    expect(await page.locator('.rule-group .rule-title:has-text("Due date is not a date (1 error)")').count()).toBe(1);
    expect(await page.locator('[role=option].finding[data-cell="Actions!F8"]').count()).toBeGreaterThan(0);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('selects the cell of a finding in the grid, from the mouse and the keyboard', async () => {
    const page = await openSmall();
    await page.click('[role=option].finding[data-cell="Actions!F8"]');
    await waitIdle(page);
    await page.waitForSelector('.sheet-grid[data-sheet="Actions"] td.selected[data-address="F8"]');
    expect(await page.textContent('#name-box')).toBe('Actions!F8');
    expect(await page.locator('td.selected').isVisible()).toBe(true);
    // Keyboard: move to the last finding in the list and press Enter.
    const target = (await page.locator('[role=option].finding').last().getAttribute('data-cell')) as string;
    await page.focus('#panel-check [role=listbox]');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await waitIdle(page);
    expect(await page.textContent('#name-box')).toBe(target);
    await page.close();
  });

  it('marks and clears the cells of findings', async () => {
    const page = await openSmall();
    await page.click('button:has-text("Mark cells")');
    await waitIdle(page);
    await page.click('.sheet-tab[data-sheet="Actions"]');
    const marked = await page.locator('td.mark-error').count();
    expect(marked).toBeGreaterThan(0);
    expect(await page.locator('td.mark-error[data-address="F8"]').count()).toBe(1);
    await page.click('button:has-text("Clear marks")');
    await waitIdle(page);
    expect(await page.locator('td.mark-error, td.mark-warning').count()).toBe(0);
    await page.close();
  });

  it('exports the findings as CSV', async () => {
    const page = await openSmall();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export findings")')]);
    expect(download.suggestedFilename()).toBe('findings-2016-11-15.csv');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toContain('"Severity","Rule","Sheet","Cell","Ref","Message"');
    expect(text).toContain('"due-invalid","Actions","F8"');
    await page.close();
  });

  it('shows progress for every measure with RAG words and a trend chart', async () => {
    const page = await openSmall();
    await selectTab(page, 'Progress');
    const cards = page.locator('#panel-progress li.measure');
    expect(await cards.count()).toBe(3);
    const eh1 = cards.filter({ hasText: 'EH1' });
    expect(await eh1.locator('.badge').textContent()).toBe('Amber');
    expect(await eh1.textContent()).toContain('75% (Oct 2016)');
    expect(await eh1.locator('svg.trend path.trend-line').count()).toBe(1);
    expect(await eh1.locator('svg.trend').getAttribute('aria-label')).toContain('Apr 2016 62%');
    await page.close();
  });

  it('writes the roll-up for a month chosen, then for the as-of month it defaults to, and shows what changed', async () => {
    const page = await openSmall();
    await selectTab(page, 'Roll-up');
    // Contract 8: the as-of month (15/11/2016 in Settings), never another, by default.
    expect(await page.locator('#panel-rollup select option:checked').textContent()).toBe('November 2016 (the as-of month)');
    await page.selectOption('#panel-rollup select', { label: 'October 2016' });
    await page.click('button:has-text("Write roll-up")');
    await waitIdle(page);
    expect(await statusText(page)).toContain('Roll-up for October 2016 written');
    expect(await page.textContent('#panel-rollup')).toContain('(as of 31/10/2016 (end of the month chosen))');
    await page.waitForSelector('.sheet-tab[data-sheet="Monthly roll-up"]');
    expect(await page.locator('.sheet-tab[data-sheet="Roll-up history"]').count()).toBe(1);
    expect(await page.textContent('#panel-rollup')).toContain('No earlier month');
    // The next month compares with October.
    await page.selectOption('#panel-rollup select', { label: 'November 2016 (the as-of month)' });
    await page.click('button:has-text("Write roll-up")');
    await waitIdle(page);
    expect(await page.textContent('#panel-rollup')).toContain('Changes since Oct 2016');
    expect(await page.textContent('#panel-rollup')).toContain('Roll-up for November 2016 written (as of 15/11/2016 (Settings!B3))');
    await page.click('.sheet-tab[data-sheet="Roll-up history"]');
    expect(await gridCell(page, 'A1')).toBe('Month');
    const months = await page.locator('.sheet-grid td[data-address^="A"]').allTextContents();
    expect(months).toContain('2016-10');
    expect(months).toContain('2016-11');
    await page.close();
  });

  it('imports a CSV: rejects a conflict, then applies it with overwrite', async () => {
    const page = await openSmall();
    await selectTab(page, 'Import');
    const csv = 'Measure ID,Period,Value\nCL1,2016-10,60%\nCL1,Nov-16,61%\nEH1,2016-11,0.77\n';
    await page.setInputFiles('#panel-import input[type=file]', { name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-preview .headline.bad');
    await waitIdle(page);
    expect(await page.textContent('#import-preview')).toContain('cannot be imported');
    expect(await page.textContent('#import-preview')).toContain('1 conflict');
    expect(await page.getAttribute('#panel-import button.primary', 'aria-disabled')).toBe('true');
    await page.check('#panel-import input[type=checkbox]');
    await page.waitForSelector('#import-preview .headline.ok');
    await waitIdle(page);
    expect(await page.textContent('#import-preview')).toContain('3 cells will change');
    await page.click('#panel-import button.primary');
    await waitIdle(page);
    expect(await statusText(page)).toContain('Imported 3 values from values.csv');
    await page.click('.sheet-tab[data-sheet="Measures"]');
    expect(await gridCell(page, 'N3')).toBe('60%');
    expect(await gridCell(page, 'O3')).toBe('61%');
    expect(await gridCell(page, 'O2')).toBe('77%');
    await page.close();
  });

  it('a rejected import leaves the workbook untouched', async () => {
    const page = await openSmall();
    await selectTab(page, 'Import');
    const csv = 'Measure ID,Period,Value\nXX9,2016-10,60%\nCL1,2016-11,lots\nEH1,2016-11,0.77\n';
    await page.setInputFiles('#panel-import input[type=file]', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-preview .headline.bad');
    expect(await page.textContent('#import-preview')).toContain('2 problems');
    // Apply is aria-disabled (still focusable for screen readers): pressing it writes nothing.
    await page.click('#panel-import button.primary', { force: true });
    await waitIdle(page);
    expect(await statusText(page)).toContain('Choose a CSV file');
    await page.click('.sheet-tab[data-sheet="Measures"]');
    expect(await gridCell(page, 'O2')).toBe('');
    await page.close();
  });

  it('keeps a new as-of date in the Settings sheet', async () => {
    const page = await openSmall();
    await page.fill('#pane input.date-text', '1/12/2016');
    await page.press('#pane input.date-text', 'Enter');
    await waitIdle(page);
    expect(await statusText(page)).toMatch(/^As of 01\/12\/2016 \(Settings!B3\): (Not ready|Ready) for the board/);
    expect(await page.inputValue('#pane input.date-text')).toBe('01/12/2016');
    await page.click('.sheet-tab[data-sheet="Settings"]');
    expect(await gridCell(page, 'B3')).toBe('01/12/2016');
    await page.close();
  });

  it('says beside the field when a typed date is impossible or not a date, and changes nothing', async () => {
    const page = await openSmall();
    const field = '#pane input.date-text';
    await page.fill(field, '31/02/2017');
    await page.press(field, 'Enter');
    const error = page.locator('#pane .field-error');
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('"31/02/2017" is not a real date: February 2017 has 28 days');
    expect(await page.getAttribute(field, 'aria-invalid')).toBe('true');
    const errorId = (await error.getAttribute('id')) as string;
    expect((await page.getAttribute(field, 'aria-describedby'))?.split(' ')).toContain(errorId);
    await page.fill(field, 'next Friday');
    await page.press(field, 'Enter');
    expect(await error.textContent()).toContain('"next Friday" is not a date');
    expect(await error.textContent()).not.toContain('real date');
    await page.fill(field, '12/31/2016');
    await page.press(field, 'Enter');
    expect(await error.textContent()).toContain('Did you mean 31/12/2016?');
    await page.click('.sheet-tab[data-sheet="Settings"]');
    expect(await gridCell(page, 'B3')).toBe('15/11/2016');
    // A good date clears the error.
    await page.fill(field, '30/11/2016');
    await page.press(field, 'Enter');
    await waitIdle(page);
    expect(await error.isHidden()).toBe(true);
    expect(await page.getAttribute(field, 'aria-invalid')).toBeNull();
    await page.close();
  });

  it('shows the date day first in a US-English browser, and the picker fills it in UK order', async () => {
    const context = await harness.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await openPreview(harness, { context, workbook: { name: 'small-plan.xlsx', bytes: await xlsxBytes(smallPlan()) } });
    expect(await page.evaluate(() => new Date(Date.UTC(2016, 8, 30, 12)).toLocaleDateString())).toBe('9/30/2016');
    expect(await page.inputValue('#pane input.date-text')).toBe('15/11/2016');
    expect(await page.getAttribute('#pane input.date-text', 'type')).toBe('text');
    await page.fill('#pane .date-picker-input', '2016-09-30');
    await page.dispatchEvent('#pane .date-picker-input', 'change');
    await waitIdle(page);
    expect(await page.inputValue('#pane input.date-text')).toBe('30/09/2016');
    expect(await statusText(page)).toContain('As of 30/09/2016 (Settings!B3)');
    await context.close();
  });

  it('without a Settings sheet keeps the as-of date in memory and says so', async () => {
    const page = await openSmall({ noSettings: true });
    expect(await page.textContent('#pane .note')).toContain('no Settings sheet');
    await page.close();
  });

  it('shows the result of the ribbon\'s Check plan, and why it failed when it did', async () => {
    const page = await openSmall();
    await page.evaluate(() => {
      const detail = { asOf: 42689, errors: 3, warnings: 1, ready: false, marked: { ok: true }, message: 'Plan checked as of 15/11/2016: 3 errors, 1 warning.' };
      window.dispatchEvent(new CustomEvent('plan-tracker:checked', { detail }));
    });
    await waitIdle(page);
    expect(await statusText(page)).toBe('Plan checked as of 15/11/2016: 3 errors, 1 warning.');
    await page.evaluate(() => {
      window.dispatchEvent(new CustomEvent('plan-tracker:checked', { detail: { failed: 'Check plan did not work: the workbook is busy.' } }));
    });
    expect(await page.textContent('#pane-alert')).toContain('Check plan did not work: the workbook is busy.');
  });

  it('moves between tabs with the arrow keys', async () => {
    const page = await openSmall();
    await page.focus('body');
    let onTab = false;
    for (let i = 0; i < 40 && !onTab; i++) {
      await page.keyboard.press('Tab');
      onTab = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
    }
    expect(onTab).toBe(true);
    const active = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);
    expect(await active()).toBe('tab-check');
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('tab-progress');
    expect(await page.getAttribute('#tab-progress', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#panel-progress')).toBe(true);
    expect(await page.isHidden('#panel-check')).toBe(true);
    await page.keyboard.press('End');
    expect(await active()).toBe('tab-import');
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('tab-check');
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('tab-import');
    await page.keyboard.press('Home');
    expect(await active()).toBe('tab-check');
    // Tab from the tab list goes into the panel, not along the other tabs.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')).toBe(false);
    await page.close();
  });
});
