/**
 * Finding marks: a fill on the cells at fault, errors and warnings in
 * different colours. Marks are conditional formats (formula `=TRUE`) on one
 * RangeAreas per sheet and severity (address lists cut to `MAX_ADDRESS_CHARS`),
 * so they sit over the user's own formatting without changing it, and their
 * ids are recorded (registry.ts) so clearing removes only our marks.
 *
 * Syncs: A registry + sheet names; B look up earlier marks (when there are
 * any); C delete them, add the new ones; D record the new ids. Four at most,
 * whatever the number of findings.
 */
import type { Finding, Severity } from '../core/findings';
import type { HostResult } from '../host/plan-host';
import type { XlConditionalFormat, XlContext } from './office-model';
import { chunkAddresses } from './addresses';
import { queueFormatLookup, queueRegistryRead, queueRegistryWrite } from './registry';

/** Mark fills: errors in rose, warnings in pale yellow (distinct from the RAG fills). */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: '#F4B6C2',
  warning: '#FFF2CC',
};

/** Findings grouped by sheet and severity, cell addresses de-duplicated (errors win over warnings). */
export function groupMarks(findings: ReadonlyArray<Finding>): Map<string, Record<Severity, string[]>> {
  const bySheet = new Map<string, { error: Set<string>; warning: Set<string> }>();
  for (const f of findings) {
    const cell = f.cell.replace(/\$/g, '').toUpperCase();
    if (!/^[A-Z]{1,3}\d+$/.test(cell)) continue;
    let g = bySheet.get(f.sheet);
    if (g === undefined) {
      g = { error: new Set<string>(), warning: new Set<string>() };
      bySheet.set(f.sheet, g);
    }
    g[f.severity].add(cell);
  }
  const out = new Map<string, Record<Severity, string[]>>();
  for (const [sheet, g] of bySheet) {
    out.set(sheet, { error: Array.from(g.error), warning: Array.from(g.warning).filter((a) => !g.error.has(a)) });
  }
  return out;
}

export async function markFindingCells(context: XlContext, findings: ReadonlyArray<Finding>): Promise<HostResult> {
  return replaceMarks(context, findings);
}

export async function clearFindingMarks(context: XlContext): Promise<HostResult> {
  return replaceMarks(context, []);
}

async function replaceMarks(context: XlContext, findings: ReadonlyArray<Finding>): Promise<HostResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const registry = queueRegistryRead(context);
  await context.sync();
  const names = new Set(worksheets.items.map((w) => w.name));
  const recorded = registry();

  let deleteOld: (() => number) | null = null;
  if (recorded.marks.length > 0) {
    deleteOld = queueFormatLookup(context, recorded.marks, names);
    await context.sync();
  }

  if (deleteOld !== null) deleteOld();
  const added: Array<{ sheet: string; cf: XlConditionalFormat }> = [];
  let skipped = 0;
  for (const [sheet, groups] of groupMarks(findings)) {
    if (!names.has(sheet)) {
      skipped += groups.error.length + groups.warning.length;
      continue;
    }
    const ws = worksheets.getItem(sheet);
    for (const severity of ['warning', 'error'] as const) {
      for (const chunk of chunkAddresses(groups[severity])) {
        const cf = ws.getRanges(chunk).conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=TRUE';
        cf.custom.format.fill.color = MARK_FILLS[severity];
        cf.load('id');
        added.push({ sheet, cf });
      }
    }
  }
  await context.sync();

  queueRegistryWrite(context, { rag: recorded.rag, marks: added.map((a) => ({ sheet: a.sheet, id: a.cf.id })) });
  await context.sync();
  if (skipped > 0) return { ok: false, message: String(skipped) + ' finding cell(s) are on sheets that are no longer in the workbook and were not marked.' };
  return { ok: true };
}
