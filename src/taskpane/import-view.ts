/**
 * Import: pick a CSV of monthly values, see exactly which cells would change
 * and any conflicts, then apply (or overwrite on request). All or nothing:
 * the engine rejects the whole file on any problem, and the pane writes the
 * plan's cells in one applyWrites call.
 */
import { planImport } from '../core';
import type { ImportConflict, ImportPlan, ImportProblem, ImportWrite } from '../core';
import { parseCsvBytes } from '../csv/parse-csv';
import type { Loaded, PaneContext, View } from './context';
import type { Progress } from '../host/plan-host';
import { h, replaceChildren, uid } from './dom';
import { formatCellValue, plural } from './format';
import { shortYearMonthText } from '../core/calendar';
import { dataTable } from './tables';

interface Pending {
  readonly fileName: string;
  readonly rows: string[][];
}

function problemList(problems: ReadonlyArray<ImportProblem>): HTMLElement {
  return h('div', { class: 'problems' }, [
    h('h3', {}, [plural(problems.length, 'problem') + ' in the file']),
    h('ul', {}, problems.map((p) => h('li', {}, [p.line > 0 && !/^line\s/i.test(p.message) ? 'Line ' + String(p.line) + ': ' + p.message : p.message]))),
  ]);
}

/** `0%` for the conflicts of `%` measures (values are fractions there), else null. */
type FormatOf = (measureId: string) => string | null;

function conflictTable(conflicts: ReadonlyArray<ImportConflict>, overwrite: boolean, formatOf: FormatOf): HTMLElement {
  return dataTable(
    plural(conflicts.length, 'conflict') + (overwrite ? ': will be overwritten' : ': values that differ from what the workbook holds'),
    ['Measure', 'Month', 'Cell', 'Now', 'In file'],
    conflicts.map((c) => [c.measureId, shortYearMonthText(c.month), c.sheet + '!' + c.address, formatCellValue(c.oldValue, formatOf(c.measureId)), formatCellValue(c.newValue, formatOf(c.measureId))]),
  );
}

function writesTable(writes: ReadonlyArray<ImportWrite>): HTMLElement {
  return dataTable(
    plural(writes.length, 'cell') + ' will change',
    ['Measure', 'Month', 'Cell', 'Was', 'Becomes'],
    writes.map((w) => [w.measureId, shortYearMonthText(w.month), w.sheet + '!' + w.address, formatCellValue(w.oldValue, w.numberFormat), formatCellValue(w.value, w.numberFormat)]),
  );
}

/** A short fingerprint of what a plan would write, to notice a workbook that changed since the preview. */
function fingerprint(plan: ImportPlan): string {
  if (plan.kind !== 'ready') return 'rejected';
  return plan.writes.map((w) => w.sheet + '!' + w.address + '=' + String(w.value)).join('|');
}

export function createImportView(ctx: PaneContext): View {
  const fileId = uid('import-file');
  const overwriteId = uid('import-overwrite');
  const fileInput = h('input', { id: fileId, type: 'file', accept: '.csv,.txt,text/csv' });
  const overwrite = h('input', { id: overwriteId, type: 'checkbox' });
  const apply = h('button', { type: 'button', class: 'btn primary', 'aria-disabled': 'true' }, ['Apply']);
  const preview = h('div', { class: 'import-preview', id: 'import-preview' }, [
    h('p', { class: 'note' }, ['The file needs a header row with Measure ID, Period and Value (comma, semicolon or tab separated). Nothing is written until you choose Apply.']),
  ]);
  let pending: Pending | null = null;
  let planned: { plan: ImportPlan; print: string } | null = null;

  const setApplicable = (on: boolean, label: string): void => {
    apply.setAttribute('aria-disabled', on ? 'false' : 'true');
    apply.textContent = label;
  };

  const formatOf: FormatOf = (measureId) => {
    const loaded = ctx.latest();
    const m = loaded === null ? undefined : loaded.analysis.measures.find((x) => x.id === measureId);
    return m !== undefined && m.unit === 'percent' ? '0%' : null;
  };

  function show(p: Pending, plan: ImportPlan): void {
    const over = overwrite.checked;
    if (plan.kind === 'rejected') {
      const onlyConflicts = plan.problems.length === 0 && plan.conflicts.length > 0;
      replaceChildren(preview, [
        h('p', { class: 'headline bad' }, [h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✕']), p.fileName + ' cannot be imported as it is. Nothing was written.']),
        plan.problems.length > 0 ? problemList(plan.problems) : null,
        plan.conflicts.length > 0 ? conflictTable(plan.conflicts, false, formatOf) : null,
        onlyConflicts ? h('p', { class: 'note' }, ['To replace the values in the workbook with those in the file, tick "Overwrite existing values" and apply.']) : null,
      ]);
      setApplicable(false, 'Apply');
      ctx.announce(
        p.fileName + ' rejected: ' + (plan.problems.length > 0 ? plural(plan.problems.length, 'problem') : '') + (plan.problems.length > 0 && plan.conflicts.length > 0 ? ' and ' : '') + (plan.conflicts.length > 0 ? plural(plan.conflicts.length, 'conflict') : '') + '.',
      );
      return;
    }
    replaceChildren(preview, [
      h('p', { class: 'headline ok' }, [
        h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✓']),
        p.fileName + ': ' + plural(plan.writes.length, 'cell') + ' will change' + (plan.unchanged > 0 ? ', ' + String(plan.unchanged) + ' already hold the same value' : '') + '.',
      ]),
      plan.conflicts.length > 0 ? conflictTable(plan.conflicts, over, formatOf) : null,
      plan.writes.length > 0 ? writesTable(plan.writes) : h('p', { class: 'note' }, ['The workbook already holds every value in the file.']),
    ]);
    setApplicable(plan.writes.length > 0, plan.writes.length > 0 ? 'Apply ' + plural(plan.writes.length, 'change') : 'Apply');
    ctx.announce(p.fileName + ': ' + plural(plan.writes.length, 'cell') + ' will change' + (plan.conflicts.length > 0 ? ', ' + plural(plan.conflicts.length, 'conflict') + ' overwritten' : '') + '. Choose Apply to write them.');
  }

  async function replan(progress: Progress): Promise<{ loaded: Loaded; plan: ImportPlan } | null> {
    if (pending === null) return null;
    const loaded = await ctx.load(progress);
    return { loaded, plan: planImport(loaded.analysis, pending.rows, { overwrite: overwrite.checked }) };
  }

  function previewFile(): void {
    if (pending === null) return;
    const p = pending;
    void ctx.run('Checking ' + p.fileName, async (progress) => {
      const r = await replan(progress);
      if (r === null) return;
      planned = { plan: r.plan, print: fingerprint(r.plan) };
      show(p, r.plan);
    });
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files !== null && fileInput.files.length > 0 ? fileInput.files[0] : null;
    pending = null;
    planned = null;
    setApplicable(false, 'Apply');
    if (file === null) return;
    void ctx.run('Reading ' + file.name, async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const parsed = parseCsvBytes(bytes, file.name);
      if (!parsed.ok) {
        replaceChildren(preview, [h('p', { class: 'headline bad' }, [h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✕']), parsed.message])]);
        ctx.announce(parsed.message);
        return;
      }
      pending = { fileName: file.name, rows: parsed.rows };
    }).then(() => previewFile());
  });

  overwrite.addEventListener('change', () => previewFile());

  apply.addEventListener('click', () => {
    if (apply.getAttribute('aria-disabled') === 'true' || pending === null || planned === null) {
      ctx.announce('Choose a CSV file with values that can be imported first.');
      return;
    }
    const p = pending;
    const before = planned;
    void ctx.run('Importing ' + p.fileName, async (progress) => {
      // Plan again against the workbook as it is now: if it changed since the preview, show the new preview instead of writing.
      const r = await replan(progress);
      if (r === null) return;
      if (r.plan.kind !== 'ready' || fingerprint(r.plan) !== before.print) {
        planned = { plan: r.plan, print: fingerprint(r.plan) };
        show(p, r.plan);
        ctx.error('The workbook changed since the preview, so nothing was written. Check the new preview and apply again.');
        return;
      }
      const writes = r.plan.writes;
      const result = await ctx.host.applyWrites({ columns: [], sheets: [], cells: writes }, progress);
      if (!result.ok) {
        ctx.error('The values were not imported: ' + result.message);
        return;
      }
      pending = null;
      planned = null;
      fileInput.value = '';
      overwrite.checked = false;
      setApplicable(false, 'Apply');
      replaceChildren(preview, [
        h('p', { class: 'headline ok' }, [h('span', { class: 'icon', 'aria-hidden': 'true' }, ['✓']), 'Imported ' + plural(writes.length, 'value') + ' from ' + p.fileName + '.']),
      ]);
      await ctx.load(progress);
      ctx.announce('Imported ' + plural(writes.length, 'value') + ' from ' + p.fileName + '. Progress and the check are up to date.');
    });
  });

  const panel = h('section', {}, [
    h('h2', { class: 'panel-title' }, ['Import monthly values']),
    h('div', { class: 'field' }, [h('label', { for: fileId }, ['CSV file of monthly values']), fileInput]),
    h('div', { class: 'check-field' }, [overwrite, h('label', { for: overwriteId }, ['Overwrite existing values that differ'])]),
    h('div', { class: 'toolbar' }, [apply]),
    preview,
  ]);
  return { id: 'import', title: 'Import', panel, update: () => undefined };
}
