/** Headless Chromium against the built preview, served on a free localhost port. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from '../../tools/serve-static';
import type { StaticServer } from '../../tools/serve-static';
import { chromiumPath, missingChromium } from '../../tools/chromium';

export const DIST = path.resolve('dist-preview');
export const RESULTS = path.resolve('test-results');
export const HAS_SAMPLE = existsSync(path.join(DIST, 'sample.xlsx'));

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  readonly browser: Browser;
  readonly server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist-preview/ is not built: run `npm run build:preview` first.');
  const missing = missingChromium();
  if (missing !== null) throw new Error(missing.charAt(0).toUpperCase() + missing.slice(1) + '.');
  await mkdir(RESULTS, { recursive: true });
  const server = await startStaticServer(DIST, 0);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the preview (the sample unless a workbook is given) and waits until the pane has read it. */
export async function openPreview(h: Harness, options: { today?: string; workbook?: { name: string; bytes: Buffer }; context?: BrowserContext } = {}): Promise<Page> {
  const page = options.context !== undefined ? await options.context.newPage() : await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { __errors?: string[] }).__errors = errors;
  const query = options.today !== undefined ? '?today=' + options.today : '';
  await page.goto(h.server.url + 'index.html' + query);
  if (options.workbook !== undefined) {
    await waitForRead(page);
    await page.setInputFiles('#open-file', { name: options.workbook.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: options.workbook.bytes });
    await page.waitForFunction((name) => document.getElementById('workbook-name')?.textContent === name, options.workbook.name);
  }
  await waitForRead(page);
  return page;
}

export async function waitForRead(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = document.getElementById('pane-status');
    const root = document.getElementById('pane');
    return s !== null && root !== null && root.getAttribute('aria-busy') !== 'true' && /Workbook read|did not work/.test(s.textContent ?? '');
  }, undefined, { timeout: 30_000 });
}

/** Waits until the pane is idle again (no long operation running). */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('pane')?.getAttribute('aria-busy') !== 'true', undefined, { timeout: 30_000 });
}

export async function statusText(page: Page): Promise<string> {
  return (await page.textContent('#pane-status')) ?? '';
}

export async function pageErrors(page: Page): Promise<string[]> {
  return (page as Page & { __errors?: string[] }).__errors ?? [];
}

export async function selectTab(page: Page, name: string): Promise<void> {
  await page.click('[role=tab]:has-text("' + name + '")');
  await page.waitForSelector('#panel-' + name.toLowerCase().replace(/[^a-z]/g, '') + ':not([hidden])');
}
