/**
 * What the patching writer cannot write safely, found from the package's part
 * names. Writing patches only the owned cells and copies every other part
 * byte for byte, so charts, pivot tables, slicers, macros, sensitivity labels,
 * comments and the rest are kept because they are never touched. What is left
 * is what any change at all would damage:
 * - a digital signature (`_xmlsignatures/`): changing a cell invalidates it, and
 *   Excel would show the workbook as tampered with;
 * - a shared workbook with change tracking (`xl/revisions/`): cells written
 *   outside Excel's revision log break the merge of the users' changes.
 * Encrypted and binary workbooks never get this far (the reader refuses them),
 * and the writer itself refuses what depends on the WritePlan (an owned sheet
 * holding a chart or table, an owned cell inside a shared formula): see
 * src/xlsx/package/patch-workbook.ts.
 */
import { openPackage } from './package/zip';

const RULES: ReadonlyArray<{ readonly test: RegExp; readonly name: string }> = [
  { test: /^_xmlsignatures\//, name: 'a digital signature (any change would break it)' },
  { test: /^xl\/revisions\//, name: 'change tracking of a shared workbook (xl/revisions)' },
];

/** Human names of what makes the package unsafe to write, each once; empty when safe (or not a zip: the reader explains those). */
export function findUnsafeParts(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  if (!pkg.ok) return [];
  const found = new Set<string>();
  for (const name of pkg.names) {
    const key = name.replace(/^\//, '').toLowerCase();
    for (const rule of RULES) if (rule.test.test(key)) found.add(rule.name);
  }
  return Array.from(found);
}

const MACRO_ENABLED = /macroEnabled/i;

/**
 * Whether the workbook part is macro-enabled (an .xlsm): such a package must
 * keep the .xlsm extension, or Excel refuses to open it.
 */
export function isMacroEnabled(bytes: Uint8Array): boolean {
  const pkg = openPackage(bytes);
  if (!pkg.ok) return false;
  const types = pkg.parts.get('[Content_Types].xml');
  return types !== undefined && MACRO_ENABLED.test(new TextDecoder().decode(types));
}
