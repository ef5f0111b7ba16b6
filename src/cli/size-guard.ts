/**
 * Refuses, before exceljs loads it, a workbook whose sheets reach far more rows
 * than any plan has (Excel's 1,048,576-row limit is usually formatting dragged
 * to the bottom of a sheet). exceljs would take minutes and gigabytes on it;
 * the analyst gets a message that names the sheet and says what to do.
 * Reads only the `<dimension ref>` at the start of each worksheet part.
 */
import JSZip from 'jszip';

export const MAX_ROWS = 200_000;

export type SizeCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

export async function checkSheetSizes(bytes: Uint8Array): Promise<SizeCheck> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: true }; // not a zip: loadWorkbook says what is wrong
  }
  const names = await sheetNamesByPart(zip);
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const head = await readHead(zip.file(part), 4096);
    const m = /<dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(head);
    const rows = m === null ? 0 : Number(m[1]);
    if (rows > MAX_ROWS) {
      const sheet = names.get(part) ?? part;
      return {
        ok: false,
        message:
          `Sheet "${sheet}" reaches row ${rows.toLocaleString('en-GB')}: more than the ${MAX_ROWS.toLocaleString('en-GB')} rows the plan tool reads. ` +
          `This is usually formatting or stray content far below the data. In Excel, select the empty rows below your last row, ` +
          `right-click > Delete, save, and try again.`,
      };
    }
  }
  return { ok: true };
}

async function readHead(file: JSZip.JSZipObject | null, bytes: number): Promise<string> {
  if (file === null) return '';
  return new Promise<string>((resolve) => {
    let text = '';
    let done = false;
    const stream = file.nodeStream('nodebuffer');
    const finish = (): void => {
      if (done) return;
      done = true;
      stream.removeAllListeners('data');
      stream.pause();
      resolve(text);
    };
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.length >= bytes) finish();
    });
    stream.on('error', () => finish());
    stream.on('end', () => finish());
  });
}

/** xl/worksheets/sheet1.xml -> the sheet's name, from workbook.xml and its relationships. */
async function sheetNamesByPart(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbook === undefined || rels === undefined) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0]);
    const target = /\bTarget="([^"]+)"/.exec(m[0]);
    if (id !== null && target !== null) targets.set(id[1], target[1].replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0]);
    const rid = /\br:id="([^"]+)"/.exec(m[0]);
    if (name !== null && rid !== null) {
      const target = targets.get(rid[1]);
      if (target !== undefined) out.set(target, decodeXml(name[1]));
    }
  }
  return out;
}

function decodeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
