/** axe-core (WCAG 2.1 A and AA) on a page of the preview: the violations, one line each. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: ReadonlyArray<string>; readonly failureSummary?: string }>;
}

export async function axe(page: Page): Promise<string[]> {
  if ((await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe)) === 'undefined') await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, TAGS) as AxeViolation[];
  return violations.map((v) => v.id + ' (' + String(v.impact) + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' [' + (n.failureSummary ?? '') + ']').join('; '));
}
