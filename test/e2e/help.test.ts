/**
 * The pane's Help: closed until asked for, every rule's title and what to do
 * (from core RULES), and a link to the analysts' workbook guide that the
 * build serves beside the pane.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES, RULE_IDS } from '../../src/core/rules';
import { openPreview, startHarness } from './browser';
import type { Harness } from './browser';
import { smallPlan, xlsxBytes } from './fixtures';
import { axe } from './axe';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  if (harness !== undefined) await harness.close();
});

describe('the pane\'s Help', () => {
  it('opens on request, lists every rule with what to do, and links the workbook guide', async () => {
    const page = await openPreview(harness, { workbook: { name: 'help.xlsx', bytes: await xlsxBytes(smallPlan()) } });
    const help = page.locator('#pane-help');
    expect(await help.getAttribute('open')).toBeNull();
    await page.click('#pane-help summary');
    expect(await help.getAttribute('open')).not.toBeNull();
    const text = (await help.textContent()) ?? '';
    for (const id of RULE_IDS) {
      expect(text).toContain(RULES[id].title);
      expect(text).toContain(RULES[id].fix);
    }
    const link = help.locator('a', { hasText: 'workbook guide' });
    const href = (await link.getAttribute('href')) as string;
    expect(await link.getAttribute('target')).toBe('_blank');
    const guide = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    }, href);
    expect(guide.status).toBe(200);
    expect(guide.type).toContain('text/plain');
    expect(guide.text).toContain('## The as-of date');
    expect(guide.text).toContain(RULES['manual-rag-mismatch'].title);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
