/**
 * The Office requirement sets the add-in needs, kept in one place: the
 * manifest declares exactly REQUIRED_SETS (tools/validate-manifest.ts checks
 * it), the task pane checks them at run time with `isSetSupported` and says in
 * words which Excel is needed, and the adapter checks OPTIONAL_SETS before
 * using what they bring. OFFICE_API_SETS maps every Office API member the
 * add-in calls to its set, as the @types/office-js doc comments give it
 * ("[Api set: ExcelApi 1.13]"); test/manifest/requirements.test.ts checks the
 * map against those comments and against the code's uses.
 */

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

/** An Office API member and the set that brings it (`owner` is the class in @types/office-js). */
export interface ApiUse extends RequirementSet {
  readonly owner: string;
  readonly member: string;
}

/** Every Office API member the add-in uses (src/excel, src/ribbon, src/functions), with its set. */
export const OFFICE_API_SETS: ReadonlyArray<ApiUse> = [
  { owner: 'Range', member: 'getMergedAreasOrNullObject', name: 'ExcelApi', version: '1.13' },
  { owner: 'Range', member: 'setCellProperties', name: 'ExcelApi', version: '1.9' },
  { owner: 'Worksheet', member: 'getRanges', name: 'ExcelApi', version: '1.9' },
  { owner: 'RangeAreas', member: 'conditionalFormats', name: 'ExcelApi', version: '1.9' },
  { owner: 'Worksheet', member: 'getRangeByIndexes', name: 'ExcelApi', version: '1.7' },
  { owner: 'Range', member: 'conditionalFormats', name: 'ExcelApi', version: '1.6' },
  { owner: 'ConditionalFormatCollection', member: 'add', name: 'ExcelApi', version: '1.6' },
  { owner: 'ConditionalFormatCollection', member: 'clearAll', name: 'ExcelApi', version: '1.6' },
  { owner: 'ConditionalFormat', member: 'id', name: 'ExcelApi', version: '1.6' },
  { owner: 'ConditionalFormat', member: 'type', name: 'ExcelApi', version: '1.6' },
  { owner: 'ConditionalFormat', member: 'customOrNullObject', name: 'ExcelApi', version: '1.6' },
  { owner: 'ConditionalFormat', member: 'delete', name: 'ExcelApi', version: '1.6' },
  { owner: 'ConditionalFormat', member: 'cellValue', name: 'ExcelApi', version: '1.6' },
  { owner: 'Application', member: 'suspendApiCalculationUntilNextSync', name: 'ExcelApi', version: '1.6' },
  { owner: 'Worksheet', member: 'getUsedRangeOrNullObject', name: 'ExcelApi', version: '1.4' },
  { owner: 'Range', member: 'getUsedRangeOrNullObject', name: 'ExcelApi', version: '1.4' },
  { owner: 'WorksheetCollection', member: 'getItemOrNullObject', name: 'ExcelApi', version: '1.4' },
  { owner: 'Table', member: 'worksheet', name: 'ExcelApi', version: '1.2' },
  { owner: 'RangeFormat', member: 'columnWidth', name: 'ExcelApi', version: '1.2' },
  { owner: 'Range', member: 'valueTypes', name: 'ExcelApi', version: '1.1' },
  { owner: 'RangeFill', member: 'clear', name: 'ExcelApi', version: '1.1' },
  { owner: 'addin', member: 'showAsTaskpane', name: 'SharedRuntime', version: '1.1' },
  { owner: 'Error', member: 'Error', name: 'CustomFunctionsRuntime', version: '1.2' },
];

/** What the add-in cannot work without: the manifest's `<Requirements>`, exactly. */
export const REQUIRED_SETS: ReadonlyArray<RequirementSet> = [
  { name: 'ExcelApi', version: '1.9' },
  { name: 'SharedRuntime', version: '1.1' },
  { name: 'CustomFunctionsRuntime', version: '1.2' },
];

/** Sets checked at run time before use; without them the add-in works with less. */
export const OPTIONAL_SETS = {
  /** Merged areas (section rows merged across); without it sheets are read without merges. */
  mergedAreas: { name: 'ExcelApi', version: '1.13' },
} as const;

/** `Office.context.requirements.isSetSupported`, or a test's stand-in. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** The required sets this Excel lacks. */
export function missingSets(isSetSupported: IsSetSupported): RequirementSet[] {
  return REQUIRED_SETS.filter((s) => !isSetSupported(s.name, s.version));
}

/** Which Excel runs the add-in, in words (README's "which Excel versions work"; SharedRuntime 1.1 is the newest set needed). */
export const SUPPORTED_EXCEL =
  'Excel for Microsoft 365 on Windows (version 2002 or later), Excel for Microsoft 365 on Mac (16.35 or later), Excel 2021 or later, or Excel on the web. Excel 2016 and Excel 2019 cannot run it.';

/** The pane's message when Excel is too old, or null when it has every required set. */
export function tooOldMessage(isSetSupported: IsSetSupported): string | null {
  const missing = missingSets(isSetSupported);
  if (missing.length === 0) return null;
  return (
    'This version of Excel is too old for the Improvement plan add-in. It needs ' + SUPPORTED_EXCEL +
    ' Update Excel (File > Account > Update Options) or open the workbook in Excel on the web. (Missing here: ' +
    missing.map((s) => s.name + ' ' + s.version).join(', ') + '.)'
  );
}
