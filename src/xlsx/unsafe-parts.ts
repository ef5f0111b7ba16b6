/**
 * Parts of an .xlsx package that exceljs cannot keep: writing the workbook
 * back through exceljs would silently lose them. The command line refuses to
 * write such a workbook and points to the add-in or the Office Script, which
 * edit the workbook in Excel itself and keep everything.
 *
 * Conservative by design: a part this module does not know is reported too.
 */
import JSZip from 'jszip';

interface PartRule {
  readonly test: RegExp;
  /** Human name, or null for parts exceljs keeps or that Excel rebuilds harmlessly. */
  readonly name: string | null;
}

const MACROS = 'macros (VBA project)';

/** First match wins. Paths are matched lower-cased, without a leading `/`. */
const PART_RULES: ReadonlyArray<PartRule> = [
  // Kept by exceljs.
  { test: /^\[content_types\]\.xml$/, name: null },
  { test: /^_rels\/\.rels$/, name: null },
  { test: /^docprops\/(app|core)\.xml$/, name: null },
  { test: /^xl\/workbook\.xml$/, name: null },
  { test: /^xl\/_rels\/workbook\.xml\.rels$/, name: null },
  { test: /^xl\/styles\.xml$/, name: null },
  { test: /^xl\/sharedstrings\.xml$/, name: null },
  { test: /^xl\/theme\/[^/]+\.xml$/, name: null },
  { test: /^xl\/worksheets\/sheet\d+\.xml$/, name: null }, // content checked below
  { test: /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/, name: null },
  { test: /^xl\/tables\/table\d+\.xml$/, name: null },
  { test: /^xl\/tables\/_rels\//, name: null },
  { test: /^xl\/media\//, name: null },
  { test: /^xl\/drawings\/drawing\d+\.xml$/, name: null }, // content checked below
  { test: /^xl\/drawings\/vmldrawing\d+\.vml$/, name: null }, // content checked below
  { test: /^xl\/drawings\/_rels\//, name: null },
  { test: /^xl\/comments\d*\.xml$/, name: null },
  // Lost, but harmless: Excel rebuilds or does without them.
  { test: /^xl\/calcchain\.xml$/, name: null },
  { test: /^xl\/printersettings\//, name: null },
  { test: /^xl\/worksheets\/_rels\/.*printersettings/, name: null },
  { test: /^docprops\/thumbnail\.[a-z]+$/, name: null },
  { test: /^docprops\/custom\.xml$/, name: null }, // content checked below (sensitivity labels)
  { test: /^customxml\//, name: null }, // SharePoint metadata; Power Query is caught by content below
  { test: /^xl\/persons\//, name: null }, // goes with threaded comments, reported there
  // Lost, and it matters.
  { test: /^xl\/charts\//, name: 'charts' },
  { test: /^xl\/chartsheets\//, name: 'chart sheets' },
  { test: /^xl\/pivottables\//, name: 'pivot tables' },
  { test: /^xl\/pivotcache\//, name: 'pivot tables' },
  { test: /^xl\/slicers\//, name: 'slicers' },
  { test: /^xl\/slicercaches\//, name: 'slicers' },
  { test: /^xl\/timelines\//, name: 'timelines' },
  { test: /^xl\/timelinecaches\//, name: 'timelines' },
  { test: /^xl\/vbaproject(signature)?\.bin$/, name: MACROS },
  { test: /^xl\/macrosheets\//, name: 'Excel 4.0 macro sheets' },
  { test: /^xl\/dialogsheets\//, name: 'dialog sheets' },
  { test: /^xl\/externallinks\//, name: 'links to other workbooks (external links)' },
  { test: /^xl\/threadedcomments\//, name: 'threaded comments' },
  { test: /^xl\/embeddings\//, name: 'embedded objects' },
  { test: /^xl\/activex\//, name: 'ActiveX controls' },
  { test: /^xl\/ctrlprops\//, name: 'form controls (buttons, check boxes, drop-downs)' },
  { test: /^xl\/diagrams\//, name: 'SmartArt' },
  { test: /^xl\/querytables\//, name: 'data connections and queries' },
  { test: /^xl\/connections\.xml$/, name: 'data connections and queries' },
  { test: /^xl\/model\//, name: 'the data model (Power Pivot)' },
  { test: /^xl\/metadata\.xml$/, name: 'dynamic array formulas or linked data types' },
  { test: /^xl\/richdata\//, name: 'linked data types or pictures in cells' },
  { test: /^xl\/webextensions\//, name: 'Office add-in settings stored in the workbook' },
  { test: /^docmetadata\/labelinfo\.xml$/, name: 'a sensitivity label' },
];

/** What a part's content can add to the list (checked only for the parts named). */
interface ContentRule {
  readonly part: RegExp;
  readonly test: RegExp;
  readonly name: string;
}

const CONTENT_RULES: ReadonlyArray<ContentRule> = [
  { part: /^\[content_types\]\.xml$/, test: /macroEnabled/i, name: MACROS },
  { part: /^xl\/worksheets\/sheet\d+\.xml$/, test: /<(?:\w+:)?sparklineGroups[\s>/]/, name: 'sparklines' },
  { part: /^xl\/worksheets\/sheet\d+\.xml$/, test: /<x14:dataValidations[\s>/]/, name: 'data validation lists kept in the Excel 2010 form (they point at another sheet)' },
  { part: /^xl\/drawings\/drawing\d+\.xml$/, test: /<(?:\w+:)?(?:sp|grpSp|cxnSp)[\s>/]/, name: 'shapes or text boxes' },
  { part: /^xl\/drawings\/vmldrawing\d+\.vml$/, test: /ObjectType\s*=\s*"(?!Note")/i, name: 'form controls (buttons, check boxes, drop-downs)' },
  { part: /^docprops\/custom\.xml$/, test: /MSIP_Label_/i, name: 'a sensitivity label' },
  { part: /^customxml\/item\d*\.xml$/, test: /DataMashup/i, name: 'Power Query queries' },
];

/**
 * Human names of the parts exceljs would lose, each once, in a stable order.
 * Empty for a package with nothing to lose, and for bytes that are not a zip
 * at all (`loadWorkbook` explains those).
 */
export async function findUnsafeParts(bytes: Uint8Array): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const found = new Set<string>();
  const entries = Object.keys(zip.files)
    .filter((path) => !zip.files[path].dir)
    .sort();
  for (const path of entries) {
    const key = path.replace(/^\//, '').toLowerCase();
    const rule = PART_RULES.find((r) => r.test.test(key));
    if (rule === undefined) found.add('other content this tool does not know (' + path + ')');
    else if (rule.name !== null) found.add(rule.name);
    const contentRules = CONTENT_RULES.filter((r) => r.part.test(key));
    if (contentRules.length === 0) continue;
    const text = await readText(zip, path);
    for (const r of contentRules) if (r.test.test(text)) found.add(r.name);
  }
  return Array.from(found);
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) return '';
  try {
    return await file.async('string');
  } catch {
    return '';
  }
}
