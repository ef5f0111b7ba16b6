/**
 * The Board pack in real Chromium: the sample's pack (made by `plan board`)
 * passes axe (WCAG 2.1 A and AA) and makes no request; printed to PDF (A4)
 * it has a sensible number of pages, every section starts its own page, every
 * page says DRAFT, and nothing is wider than the page; the cover and a
 * scorecard page are saved as pictures under test-results/. Hostile workbook
 * text stays inert and wrapped. The pane's Board pack button asks before a
 * DRAFT and downloads the same pack.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { buildSampleWorkbook, SAMPLE_AS_OF } from '../../src/sample';
import { plan } from '../helpers/cli';
import { tempDir, writeXlsx } from '../helpers/xlsx-builder';
import { RESULTS, HAS_SAMPLE, openPreview, pageErrors, selectTab, startHarness, waitIdle } from './browser';
import type { Harness } from './browser';
import { smallPlan } from './fixtures';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SECTION_TITLES = ['Summary by theme', 'Exceptions', 'What moved', 'Scorecard', 'By lead officer', 'Data quality'];
/** A4 at 96 px per inch. */
const A4_WIDTH_PX = 794;

let browser: Browser;
let samplePack = '';

async function packOf(workbook: string, name: string): Promise<string> {
  const out = path.join(tempDir(), name);
  const r = await plan('board', workbook, '--as-of', SAMPLE_AS_OF, '--out', out);
  expect(r.code, r.err).toBe(0);
  return readFileSync(out, 'utf8');
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  samplePack = await packOf(await writeXlsx('board-e2e-sample.xlsx', buildSampleWorkbook()), 'sample-pack.html');
});
afterAll(async () => {
  if (browser !== undefined) await browser.close();
});

/** Opens the pack with every network request refused and recorded. */
async function openPack(html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: A4_WIDTH_PX, height: 1123 } });
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE_PATH, 'utf8') });
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; '));
  }, TAGS);
  return violations;
}

/** Widest thing on the page in print emulation, against the page's own width. */
async function printWidths(page: Page): Promise<{ scroll: number; client: number; widest: number }> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    let widest = 0;
    for (const el of Array.from(document.querySelectorAll('body *'))) widest = Math.max(widest, el.getBoundingClientRect().right);
    return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, widest: Math.ceil(widest) };
  });
}

/** The PDF's text, page by page (pdftotext from poppler-utils). */
function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** The first line of a page's own content (after the running DRAFT line). */
function firstContentLine(page: string): string {
  const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^DRAFT: the plan has \d+ errors?$/.test(l));
  return lines.length > 0 ? lines[0] : '';
}

function pageImage(pdf: string, pageNumber: number, name: string): string {
  const prefix = path.join(RESULTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(pageNumber), '-l', String(pageNumber), pdf, prefix]);
  return prefix + '.png';
}

describe('the sample Board pack in Chromium', () => {
  it('passes axe (WCAG 2.1 AA), makes no request and runs no script', async () => {
    const { page, requests } = await openPack(samplePack);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(requests).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: path.join(RESULTS, 'board-pack-screen.png') });
    await page.close();
  });

  it('prints to A4: each section on a new page, DRAFT on every page, nothing wider than the page', async () => {
    const { page } = await openPack(samplePack);
    const widths = await printWidths(page);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.widest).toBeLessThanOrEqual(A4_WIDTH_PX);
    const pdf = path.join(RESULTS, 'board-pack-sample.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.close();
    const pages = pdfPages(pdf);
    // The sample: a cover, one page each for the summary, exceptions, what moved and data quality, and the scorecard's 23 measures two by two.
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBeLessThanOrEqual(30);
    for (const [i, p] of pages.entries()) {
      expect(p, 'page ' + String(i + 1)).toMatch(/DRAFT: the plan has \d+ errors?/);
      expect(p, 'page ' + String(i + 1)).toContain('Page ' + String(i + 1) + ' of ' + String(pages.length));
    }
    expect(firstContentLine(pages[0])).toMatch(/Children/);
    const starts = SECTION_TITLES.map((title) => pages.findIndex((p) => firstContentLine(p) === title));
    expect(starts.every((s) => s > 0), JSON.stringify(starts)).toBe(true);
    expect(starts.slice().sort((a, b) => a - b)).toEqual(starts);
    // The cover and the first scorecard page, to look at.
    pageImage(pdf, 1, 'board-pack-cover');
    pageImage(pdf, starts[3] + 1, 'board-pack-scorecard');
  });
});

describe('hostile workbook text in the pack', () => {
  it('is shown as text, runs nothing and wraps within the page', async () => {
    const markup = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const long = 'W'.repeat(5000);
    const wb = smallPlan({ payload: markup });
    const actions = wb.getWorksheet('Actions');
    if (actions === undefined) throw new Error('no Actions sheet');
    actions.getCell('B6').value = long;
    actions.getCell('E8').value = 'مدير الخدمات \u202Eabc';
    actions.getCell('H8').value = '=HYPERLINK("http://evil.example","click")';
    const html = await packOf(await writeXlsx('board-hostile.xlsx', wb), 'hostile-pack.html');
    const { page, requests } = await openPack(html);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('body').textContent()).toContain(markup);
    expect(await page.locator('body').textContent()).toContain(long);
    expect(requests).toEqual([]);
    const widths = await printWidths(page);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.widest).toBeLessThanOrEqual(A4_WIDTH_PX);
    expect(await axe(page)).toEqual([]);
    const pdf = path.join(RESULTS, 'board-pack-hostile.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    const exceptions = pages.findIndex((p) => firstContentLine(p) === 'Exceptions');
    expect(exceptions).toBeGreaterThan(0);
    pageImage(pdf, exceptions + 1, 'board-pack-hostile-exceptions');
    await page.close();
  });
});

describe.skipIf(!HAS_SAMPLE)('the pane\'s Board pack action in the preview', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    if (harness !== undefined) await harness.close();
  });

  it('says the plan has errors, cancels with Escape, then downloads a DRAFT pack on confirmation', async () => {
    const page = await openPreview(harness, { today: SAMPLE_AS_OF });
    await selectTab(page, 'Roll-up');
    await page.click('button:has-text("Board pack")');
    await waitIdle(page);
    const confirm = page.locator('.board-confirm [role=group]');
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/The check found \d+ errors?: the pack will say DRAFT on every page/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Make a DRAFT pack');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'pane-board-confirm.png') });
    await page.keyboard.press('Escape');
    expect(await page.locator('.board-confirm [role=group]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Board pack');

    await page.click('button:has-text("Board pack")');
    await waitIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Make a DRAFT pack")')]);
    expect(download.suggestedFilename()).toBe('board-pack-2016-09.html');
    const saved = path.join(tempDir(), 'pane-pack.html');
    await download.saveAs(saved);
    await waitIdle(page);
    const html = readFileSync(saved, 'utf8');
    // The same pack as plan board on the same workbook; only the date made differs (the pane uses today).
    const madeOn = (s: string): string => s.replace(/<dt>Made on<\/dt><dd>[^<]*<\/dd>/, '').replace(/, made on \d\d\/\d\d\/\d{4} /, ' ');
    expect(madeOn(html)).toBe(madeOn(samplePack).split('(from <bdi>--as-of</bdi>)').join('(from <bdi>Settings!B5</bdi>)').split('(--as-of)').join('(Settings!B5)'));
    expect(await page.textContent('.board-result')).toContain('Board pack for September 2016 (DRAFT) saved as board-pack-2016-09.html');
    expect(await pageErrors(page)).toEqual([]);
    writeFileSync(path.join(RESULTS, 'pane-board-pack.html'), html);
    await page.close();
  });
});
