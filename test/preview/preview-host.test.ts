/**
 * The preview writes as the command line does (issue 11): the roll-up is
 * patched into the loaded file's package, so the workbook the analyst
 * downloads keeps every part other software wrote, byte for byte. exceljs
 * only draws the grid.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createPreviewHost, readAllSheets } from '../../src/preview/preview-host';
import { analysePlan } from '../../src/core';
import { buildWritePlan } from '../../src/core/writeback/build-write-plan';
import { serialFromIso } from '../../src/core/calendar';
import { parts, sheetParts } from '../corpus/package-compare';
import { unzipSync, zipSync } from 'fflate';

const CORPUS = path.join(__dirname, '..', 'corpus', 'files');
const PACKAGE_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml'];

function hostOf(bytes: Uint8Array) {
  const read = readAllSheets(bytes);
  if (!read.ok) throw new Error(read.message);
  return createPreviewHost(bytes, read.sheets);
}

function hostFor(file: string) {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
  return { bytes, host: hostOf(bytes) };
}

describe('the preview host', () => {
  it.each(['xw-condformat.xlsx', 'xw-comments.xlsx', 'lo-features.xlsx'])('%s: a roll-up changes only the owned cells and sheets; every other part is kept byte for byte', async (file) => {
    const { bytes, host } = hostFor(file);
    const snapshot = await host.readSnapshot();
    const analysis = analysePlan(snapshot, { asOf: serialFromIso('2016-10-31') ?? 0 });
    const plan = buildWritePlan(analysis, snapshot, { columns: true, rollup: true });
    expect(await host.applyWrites(plan)).toEqual({ ok: true });

    const saved = await host.save();
    const before = parts(bytes);
    const after = parts(saved);
    const planSheets = Array.from(sheetParts(before).entries()).filter(([name]) => /^(actions|measures)$/i.test(name)).map(([, part]) => part);
    expect(planSheets.length).toBe(2);
    const named = new Set([...PACKAGE_PARTS, ...planSheets]);
    for (const [name, part] of before) {
      if (named.has(name)) continue;
      expect(Buffer.compare(Buffer.from(after.get(name) ?? new Uint8Array()), Buffer.from(part)), `${name} is byte-identical`).toBe(0);
    }
    // The roll-up is there, and the pane reads it back from the same bytes.
    expect(Array.from(sheetParts(after).keys())).toEqual(expect.arrayContaining(['Monthly roll-up', 'Roll-up history', 'RAG history']));
    const again = await host.readSnapshot();
    expect(again.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Monthly roll-up']));
    // The grid shows the written workbook: every sheet, the new ones at the end.
    const tabs = host.state().sheets.map((sh) => sh.name);
    expect(tabs.slice(0, sheetParts(before).size)).toEqual(Array.from(sheetParts(before).keys()));
    expect(host.state().sheets.find((sh) => sh.name === 'Monthly roll-up')?.rows[0]?.[0]?.value).toBe('Monthly roll-up: October 2016');
  });

  it('keeps a macro-enabled workbook\'s VBA project byte for byte', async () => {
    const { bytes, host } = hostFor('xw-macros.xlsm');
    const snapshot = await host.readSnapshot();
    const plan = buildWritePlan(analysePlan(snapshot, { asOf: serialFromIso('2016-10-31') ?? 0 }), snapshot, { columns: true, rollup: true });
    expect(await host.applyWrites(plan)).toEqual({ ok: true });
    const vba = parts(bytes).get('xl/vbaProject.bin');
    expect(vba).toBeDefined();
    expect(parts(await host.save()).get('xl/vbaProject.bin')).toEqual(vba);
  });

  it('refuses to write a signed workbook, says why, and keeps the loaded bytes', async () => {
    const files = unzipSync(new Uint8Array(readFileSync(path.join(CORPUS, 'xw-condformat.xlsx'))));
    files['_xmlsignatures/sig1.xml'] = new TextEncoder().encode('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>');
    const bytes = zipSync(files);
    const host = hostOf(bytes);
    const snapshot = await host.readSnapshot();
    const plan = buildWritePlan(analysePlan(snapshot, { asOf: serialFromIso('2016-10-31') ?? 0 }), snapshot, { columns: true, rollup: true });
    const result = await host.applyWrites(plan);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/digital signature.*nothing was written/) });
    expect(await host.save()).toBe(bytes);
  });
});
