/**
 * Package relationships (`_rels/*.rels`): which part a workbook, sheet or
 * table is, resolved to a part name in the zip (ECMA-376 Part 2, 9.3).
 */
import { parseXml } from './xml';

export interface Relationship {
  readonly id: string;
  /** The type's last path segment, e.g. `worksheet`, `sharedStrings`, `table`. */
  readonly kind: string;
  /** Part name in the package (no leading slash); '' for an external target. */
  readonly part: string;
}

/** The relationships part of `source` (`xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`). */
export function relsPartOf(source: string): string {
  const slash = source.lastIndexOf('/');
  return source.slice(0, slash + 1) + '_rels/' + source.slice(slash + 1) + '.rels';
}

/** Reads the relationships of `source`; none when the part is absent or damaged. */
export function readRelationships(getPart: (name: string) => Uint8Array | undefined, source: string): Relationship[] {
  const bytes = getPart(relsPartOf(source));
  if (bytes === undefined) return [];
  const out: Relationship[] = [];
  const base = source.slice(0, source.lastIndexOf('/') + 1);
  parseXml(bytes, {
    open: (name, a) => {
      if (name !== 'Relationship' || a.Id === undefined || a.Target === undefined) return;
      const type = a.Type ?? '';
      const external = a.TargetMode === 'External';
      out.push({ id: a.Id, kind: type.slice(type.lastIndexOf('/') + 1), part: external ? '' : resolveTarget(base, a.Target) });
    },
  });
  return out;
}

/** `worksheets/sheet1.xml` from `xl/` -> `xl/worksheets/sheet1.xml`; `/xl/x.xml` is absolute; `..` climbs. */
export function resolveTarget(base: string, target: string): string {
  const raw = target.charAt(0) === '/' ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const seg of decodeTarget(raw).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
