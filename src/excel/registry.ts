/**
 * What the product has put on the workbook that is not a cell value: the
 * conditional formats it added (RAG colours on owned columns, finding marks).
 * Kept as JSON in a workbook setting (saved with the file, invisible to the
 * user), so a later run removes exactly those formats and never a user's own.
 */
import type { XlConditionalFormat, XlContext } from './office-model';

export const REGISTRY_SETTING = 'planTracker.formats';

export interface FormatRef {
  readonly sheet: string;
  readonly id: string;
}

export interface FormatRegistry {
  /** RAG colours on owned columns of the plan's own sheets. */
  readonly rag: ReadonlyArray<FormatRef>;
  /** Finding marks. */
  readonly marks: ReadonlyArray<FormatRef>;
}

export const EMPTY_REGISTRY: FormatRegistry = { rag: [], marks: [] };

export function parseRegistry(value: unknown): FormatRegistry {
  if (typeof value !== 'string' || value === '') return EMPTY_REGISTRY;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return EMPTY_REGISTRY;
    const o = parsed as { rag?: unknown; marks?: unknown };
    return { rag: refs(o.rag), marks: refs(o.marks) };
  } catch {
    return EMPTY_REGISTRY;
  }
}

function refs(x: unknown): FormatRef[] {
  if (!Array.isArray(x)) return [];
  const out: FormatRef[] = [];
  for (const item of x) {
    if (typeof item === 'object' && item !== null) {
      const r = item as { sheet?: unknown; id?: unknown };
      if (typeof r.sheet === 'string' && typeof r.id === 'string') out.push({ sheet: r.sheet, id: r.id });
    }
  }
  return out;
}

/** Queues the read of the registry setting (resolve after the next sync). */
export function queueRegistryRead(context: XlContext): () => FormatRegistry {
  const setting = context.workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  setting.load('value');
  return () => (setting.isNullObject ? EMPTY_REGISTRY : parseRegistry(setting.value));
}

/**
 * Queues a look-up of recorded formats on sheets that still exist; after the
 * next sync, the returned function queues `delete()` for those still there.
 */
export function queueFormatLookup(context: XlContext, recorded: ReadonlyArray<FormatRef>, sheetNames: ReadonlySet<string>): () => number {
  const found: XlConditionalFormat[] = [];
  for (const ref of recorded) {
    if (!sheetNames.has(ref.sheet)) continue;
    const cf = context.workbook.worksheets.getItem(ref.sheet).getRange().conditionalFormats.getItemOrNullObject(ref.id);
    cf.load('id');
    found.push(cf);
  }
  return () => {
    let n = 0;
    for (const cf of found) {
      if (!cf.isNullObject) {
        cf.delete();
        n++;
      }
    }
    return n;
  };
}

export function queueRegistryWrite(context: XlContext, registry: FormatRegistry): void {
  context.workbook.settings.add(REGISTRY_SETTING, JSON.stringify(registry));
}
