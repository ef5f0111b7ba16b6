/**
 * The Check tab's findings on the sample as of 31/12/2016: errors first,
 * grouped by rule with the rule's title and count, warnings after and
 * collapsed; the list is one Tab stop with arrow keys inside (a listbox),
 * Enter selects the finding's cell; axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RULES } from '../../src/core/rules';
import { HAS_SAMPLE, openPreview, pageErrors, startHarness, waitIdle } from './browser';
import type { Harness } from './browser';
import { axe } from './axe';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  if (harness !== undefined) await harness.close();
});

/** Sets the pane's as-of date: a UK text field (dd/mm/yyyy). */
async function setAsOf(page: Page, iso: string): Promise<void> {
  const input = page.locator('.as-of input.date-text');
  const [y, m, d] = iso.split('-');
  await input.fill(d + '/' + m + '/' + y);
  await input.dispatchEvent('change');
  await waitIdle(page);
}

async function sampleAsOfNewYearsEve(): Promise<Page> {
  const page = await openPreview(harness);
  await setAsOf(page, '2016-12-31');
  await page.click('button:has-text("Run check")');
  await waitIdle(page);
  return page;
}

const LIST = '#panel-check [role=listbox]';
const activeOptionCell = (page: Page): Promise<string | null> =>
  page.evaluate((sel) => {
    const list = document.querySelector(sel);
    const id = list?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.getAttribute('data-cell') ?? null) : null;
  }, LIST);

describe.skipIf(!HAS_SAMPLE)('the findings list on the sample as of 31/12/2016', () => {
  it('shows errors first, grouped by rule with the rule title and count, warnings collapsed after them', async () => {
    const page = await sampleAsOfNewYearsEve();
    expect(await page.textContent('#check-summary')).toContain('31/12/2016');
    const options = page.locator(LIST + ' [role=option]');
    expect(await options.count()).toBeGreaterThan(0);
    expect(await options.first().getAttribute('class')).toContain('sev-error');
    // Collapsed: only errors are listed, and the button says how many warnings wait behind it.
    expect(await page.locator(LIST + ' [role=option].sev-warning').count()).toBe(0);
    const toggle = page.locator('#panel-check button[aria-controls=check-findings]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const warnings = Number(/(\d+) warnings?/.exec((await page.textContent('#check-summary')) ?? '')?.[1]);
    expect(warnings).toBeGreaterThan(0);
    expect(await toggle.textContent()).toBe('Show ' + String(warnings) + ' warnings');

    // Each group is labelled with the rule's human title and its count.
    const groups = page.locator(LIST + ' [role=group]');
    const first = groups.first();
    const rule = (await first.getAttribute('data-rule')) as keyof typeof RULES;
    const n = await first.locator('[role=option]').count();
    const labelId = (await first.getAttribute('aria-labelledby')) as string;
    expect(await page.textContent('#' + labelId)).toBe(RULES[rule].title + ' (' + String(n) + (n === 1 ? ' error)' : ' errors)'));

    // Expanded: every warning comes after every error.
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const severities = await options.evaluateAll((els) => els.map((e) => (e.classList.contains('sev-error') ? 'error' : 'warning')));
    expect(severities.filter((s) => s === 'warning')).toHaveLength(warnings);
    expect(severities.lastIndexOf('error')).toBeLessThan(severities.indexOf('warning'));
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('is one Tab stop: Tab reaches the list once, arrow keys move inside it, one more Tab leaves it', async () => {
    const page = await sampleAsOfNewYearsEve();
    await page.focus('#tab-check');
    const stops: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (el === null || el === document.body) return 'body';
        return (el.getAttribute('role') ?? el.tagName.toLowerCase()) + (el.closest('#panel-check') !== null ? '@check' : '');
      });
      if (!where.endsWith('@check')) break;
      stops.push(where);
    }
    expect(stops.filter((s) => s === 'listbox@check')).toHaveLength(1);
    expect(stops.filter((s) => s === 'option@check')).toHaveLength(0);
    expect(stops.length).toBeLessThan(10);
    expect(stops[stops.length - 1]).toBe('listbox@check');

    // Arrow keys, Home and End move the active finding; focus stays on the list.
    await page.focus(LIST);
    const cells = await page.locator(LIST + ' [role=option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(await activeOptionCell(page)).toBe(cells[0]);
    await page.keyboard.press('ArrowDown');
    expect(await activeOptionCell(page)).toBe(cells[1]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await activeOptionCell(page)).toBe(cells[1]);
    await page.keyboard.press('End');
    expect(await activeOptionCell(page)).toBe(cells[cells.length - 1]);
    await page.keyboard.press('Home');
    expect(await activeOptionCell(page)).toBe(cells[0]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    expect(await page.locator(LIST + ' [aria-selected=true]').count()).toBe(1);

    // Enter selects the active finding's cell, as a click does.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitIdle(page);
    expect(await page.textContent('#name-box')).toBe(cells[1]);
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    await waitIdle(page);
    expect(await page.textContent('#name-box')).toBe(cells[cells.length - 1]);

    // One more Tab leaves the list.
    await page.focus(LIST);
    await page.keyboard.press('Tab');
    expect(await page.evaluate((sel) => document.activeElement?.closest(sel) ?? null, LIST)).toBeNull();
    await page.close();
  });

  it('passes axe with the list focused and the warnings shown', async () => {
    const page = await sampleAsOfNewYearsEve();
    await page.click('#panel-check button[aria-controls=check-findings]');
    await page.focus(LIST);
    await page.keyboard.press('ArrowDown');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
