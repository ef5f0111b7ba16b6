/**
 * Bad packages: truncated, bit-flipped, zip bombs, entity expansion, binary
 * workbooks, a sheet claiming a million rows. Each gets one message (never an
 * exception), quickly; on the command line exit 2 with no stack trace, and
 * in a Node process with little memory.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { zipSync, strToU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { writeWorkbook } from '../../src/xlsx';
import { readWorkbook } from '../../src/xlsx/package/read-workbook';
import { unusualPlan } from '../cli/fixtures';
import { plan } from '../helpers/cli';
import { writeText } from '../helpers/xlsx-builder';

const planBytes = writeWorkbook(unusualPlan());

/** The plan's package with some parts replaced (or added). */
async function withParts(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = unzipSync(await planBytes);
  for (const [name, body] of Object.entries(parts)) files[name] = typeof body === 'string' ? strToU8(body) : body;
  return zipSync(files);
}

function failure(bytes: Uint8Array): { problem: string; message: string } {
  const r = readWorkbook(bytes);
  if (r.ok) throw new Error('expected the reader to refuse');
  return r;
}

const SHEET_HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe('the package reader on bad input', () => {
  it('refuses every truncation of a workbook with a message, never an exception', async () => {
    const bytes = await planBytes;
    for (let cut = 0; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 97))) {
      const r = readWorkbook(bytes.slice(0, cut));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).not.toMatch(/\n\s+at /);
    }
  });

  it('never throws or hangs on bit-flipped packages', async () => {
    const bytes = await planBytes;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
        const copy = bytes.slice();
        for (const [at, mask] of flips) copy[at] ^= mask;
        const started = Date.now();
        const r = readWorkbook(copy, { timeLimitMs: 5000 });
        expect(Date.now() - started).toBeLessThan(5000);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('refuses a zip bomb from the central directory, before inflating it', () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const f = failure(bomb);
    expect(f.problem).toBe('too-big');
    expect(f.message).toMatch(/zip bomb/);
  });

  it('refuses a package that unpacks past the total limit', async () => {
    const f = readWorkbook(await planBytes, { limits: { maxTotalBytes: 10_000 } });
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.message).toMatch(/unpack to more than/);
  });

  it('refuses XML with a DOCTYPE (entity expansion) without expanding it', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>' +
      SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>';
    const f = failure(await withParts({ 'xl/worksheets/sheet1.xml': laughs }));
    expect(f.problem).toBe('corrupt');
    expect(f.message).toMatch(/sheet1\.xml: it declares a DOCTYPE/);
  });

  it('refuses a sheet whose dimension claims a million rows, naming the sheet', async () => {
    const sheet = SHEET_HEAD + '<dimension ref="A1:M1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    const f = failure(await withParts({ 'xl/worksheets/sheet1.xml': sheet }));
    expect(f.problem).toBe('too-big');
    expect(f.message).toContain('Sheet "Improvement plan" reaches row 1,048,576');
  });

  it('refuses a sheet with rows past the limit even when it has no dimension', async () => {
    const sheet = SHEET_HEAD + '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="900000"><c r="A900000"><v>1</v></c></row></sheetData></worksheet>';
    expect(failure(await withParts({ 'xl/worksheets/sheet1.xml': sheet })).message).toContain('reaches row 900,000');
  });

  it('refuses a damaged cell address instead of building a huge row', async () => {
    const sheet = SHEET_HEAD + '<sheetData><row r="1"><c r="ZZZZZZZ1"><v>1</v></c></row></sheetData></worksheet>';
    expect(failure(await withParts({ 'xl/worksheets/sheet1.xml': sheet })).message).toMatch(/cell address .* is damaged/);
  });

  it('stops with a message when reading takes longer than the time limit', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 5000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const bytes = await withParts({ 'xl/worksheets/sheet1.xml': SHEET_HEAD + '<sheetData>' + rows.join('') + '</sheetData></worksheet>' });
    const r = readWorkbook(bytes, { timeLimitMs: -1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/cannot be read in time/);
  });

  it('says a binary .xlsb package is one, and what to do', () => {
    const xlsb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array([1, 2, 3]) });
    expect(failure(xlsb).message).toMatch(/binary \.xlsb/);
  });

  it('says a broken workbook part is damaged and names it', async () => {
    const f = failure(await withParts({ 'xl/workbook.xml': '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"' }));
    expect(f.problem).toBe('corrupt');
    expect(f.message).toMatch(/part xl\/workbook\.xml: its XML is damaged/);
  });

  it('reads a part whose header understates its size as damaged, not as more memory', async () => {
    const bytes = await planBytes;
    // Central directory entry of sheet1: claim 100 bytes uncompressed.
    const name = strToU8('xl/worksheets/sheet1.xml');
    const copy = bytes.slice();
    for (let i = copy.length - 22; i > 0; i--) {
      if (copy[i] === 0x50 && copy[i + 1] === 0x4b && copy[i + 2] === 1 && copy[i + 3] === 2 && name.every((b, k) => copy[i + 46 + k] === b)) {
        new DataView(copy.buffer).setUint32(i + 24, 100, true);
        break;
      }
    }
    const f = failure(copy);
    expect(f.message).toMatch(/sheet1\.xml/);
  });
});

describe('plan check on bad packages', () => {
  it('exits 2 with one message and no stack trace', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    const laughs = await withParts({ 'xl/workbook.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook>&a;</workbook>' });
    const ole2 = new Uint8Array(2048);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const [name, bytes, says] of [
      ['bomb.xlsx', bomb, /zip bomb/],
      ['laughs.xlsx', laughs, /DOCTYPE/],
      ['locked.xlsx', ole2, /encrypted or an old \.xls/],
      ['cut.xlsx', (await planBytes).slice(0, 3000), /damaged or incomplete/],
    ] as const) {
      const r = await plan('check', writeText(name, bytes));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(says);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('stays within 200 MB of heap on a zip bomb and a million-row claim', async () => {
    const bomb = writeText('bomb-mem.xlsx', zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 }));
    const huge = writeText('huge-mem.xlsx', await withParts({ 'xl/worksheets/sheet1.xml': SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData/></worksheet>' }));
    for (const file of [bomb, huge]) {
      const r = spawnSync('node', ['--max-old-space-size=200', 'bin/plan.mjs', 'check', file], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
