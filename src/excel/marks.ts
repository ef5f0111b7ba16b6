/**
 * Finding marks: a fill on the cells at fault, errors and warnings in
 * different colours. Marks are conditional formats on one RangeAreas per sheet
 * and severity (address lists cut to `MAX_ADDRESS_CHARS`), so they sit over the
 * user's own formatting without changing it.
 *
 * Which formats are ours: `ConditionalFormat.id` is the format's priority in
 * its collection (ExcelApi 1.6 reference: "The priority of the conditional
 * format in the current ConditionalFormatCollection"), and new formats go on
 * top, so an id kept from an earlier run names whatever format now has that
 * priority. A mark is instead known by its rule: a Custom rule whose formula is
 * exactly MARK_FORMULAS[severity], `=N("plan-tracker mark: error")=0` (always
 * TRUE; the text is this product's own and a user's rule never holds it). Ours
 * are deleted from the lowest priority up, so no deletion moves a format that
 * is still to be deleted; every other format, before or after ours, is left.
 *
 * Syncs: A sheet names; B every sheet's conditional formats (type and custom
 * formula); C delete ours, add the new ones. Three, whatever the number of
 * findings or formats.
 */
import type { Finding, Severity } from '../core/findings';
import type { HostResult } from '../host/plan-host';
import type { XlConditionalFormat, XlConditionalFormatCollection, XlContext } from './office-model';
import { chunkAddresses } from './addresses';

/** Mark fills: errors in rose, warnings in pale yellow (distinct from the RAG fills). */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: '#F4B6C2',
  warning: '#FFF2CC',
};

/** The rule of a mark: always TRUE, and carrying this product's signature. */
export const MARK_FORMULAS: Readonly<Record<Severity, string>> = {
  error: '=N("plan-tracker mark: error")=0',
  warning: '=N("plan-tracker mark: warning")=0',
};

/** What the formats of a sheet are loaded with to tell ours (ExcelApi 1.6). */
export const FORMAT_PROPERTIES = 'items/id,items/type,items/customOrNullObject/rule/formula';

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

/** True for a format this product made as a mark (by its rule, never by its id). */
export function isOurMark(cf: XlConditionalFormat): boolean {
  if (cf.type !== 'Custom') return false;
  const custom = cf.customOrNullObject;
  if (custom.isNullObject) return false;
  const formula = custom.rule.formula;
  return formula === MARK_FORMULAS.error || formula === MARK_FORMULAS.warning;
}

/** Our marks among loaded formats, lowest priority first: the order to delete them in. */
export function marksToDelete(items: ReadonlyArray<XlConditionalFormat>): XlConditionalFormat[] {
  return items.filter((cf) => isOurMark(cf)).sort((a, b) => Number(b.id) - Number(a.id));
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
  await context.sync();
  const names = worksheets.items.map((w) => w.name);

  const collections: XlConditionalFormatCollection[] = names.map((name) => {
    const cfs = worksheets.getItem(name).getRange().conditionalFormats;
    cfs.load(FORMAT_PROPERTIES);
    return cfs;
  });
  await context.sync();

  for (const cfs of collections) for (const cf of marksToDelete(cfs.items)) cf.delete();
  let skipped = 0;
  for (const [sheet, groups] of groupMarks(findings)) {
    if (names.indexOf(sheet) < 0) {
      skipped += groups.error.length + groups.warning.length;
      continue;
    }
    const ws = worksheets.getItem(sheet);
    for (const severity of ['warning', 'error'] as const) {
      for (const chunk of chunkAddresses(groups[severity])) {
        const cf = ws.getRanges(chunk).conditionalFormats.add('Custom');
        cf.custom.rule.formula = MARK_FORMULAS[severity];
        cf.custom.format.fill.color = MARK_FILLS[severity];
      }
    }
  }
  await context.sync();
  if (skipped > 0) return { ok: false, message: String(skipped) + ' finding cell(s) are on sheets that are no longer in the workbook and were not marked.' };
  return { ok: true };
}
