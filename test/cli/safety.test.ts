import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { plan } from '../helpers/cli';
import { buildWorkbook, readXlsx, writeXlsx } from '../helpers/xlsx-builder';
import { unusualPlan } from './fixtures';

async function withExtraPart(file: string, part: string, body: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  zip.file(part, body);
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
}

describe('writing never loses data', () => {
  it('refuses to write a digitally signed workbook, says why, suggests the add-in, and leaves the file untouched', async () => {
    const file = await writeXlsx('signed.xlsx', unusualPlan());
    await withExtraPart(file, '_xmlsignatures/sig1.xml', '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>');
    const before = readFileSync(file);
    const r = await plan('rollup', file, '--as-of', '2016-10-31', '--in-place');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/digital signature/i);
    expect(r.err).toContain('add-in');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('writes a workbook with a chart part and keeps the part byte for byte', async () => {
    const file = await writeXlsx('chart.xlsx', unusualPlan());
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    await withExtraPart(file, 'xl/charts/chart1.xml', chart);
    const out = file.replace('.xlsx', '-out.xlsx');
    expect((await plan('rollup', file, '--as-of', '2016-10-31', '--out', out)).code).toBe(0);
    expect(await (await JSZip.loadAsync(readFileSync(out))).file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
  });

  it('keeps formulas, data validation and other sheets when writing', async () => {
    const wb = unusualPlan();
    const extra = wb.addWorksheet('Notes');
    extra.getCell('A1').value = 'Keep me';
    extra.getCell('B1').value = { formula: 'LEN(A1)', result: 7 };
    wb.getWorksheet('Improvement plan')!.getCell('F6').dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"Not started,On track,At risk,Off track,Complete"'],
    };
    const file = await writeXlsx('keep.xlsx', wb);
    const out = file.replace('.xlsx', '-out.xlsx');
    expect((await plan('rollup', file, '--as-of', '2016-10-31', '--out', out)).code).toBe(0);
    const back = await readXlsx(out);
    expect(back.getWorksheet('Notes')?.getCell('A1').value).toBe('Keep me');
    expect(back.getWorksheet('Notes')?.getCell('B1').value).toMatchObject({ formula: 'LEN(A1)' });
    expect(back.getWorksheet('Improvement plan')?.getCell('F6').dataValidation).toMatchObject({ type: 'list' });
  });
});

describe('a sheet that reaches a million rows', () => {
  it('is refused with a message naming the sheet, before it is loaded', async () => {
    const file = await writeXlsx('huge.xlsx', buildWorkbook([{ name: 'Actions', rows: [['Ref', 'Action', 'Lead officer'], ['1.1', 'x', 'y']] }]));
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(part)!.async('string')).replace(/<dimension ref="[^"]+"/, '<dimension ref="A1:M1048576"');
    zip.file(part, xml);
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const r = await plan('check', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Sheet "Actions" reaches row 1,048,576');
  });
});

describe('the installed command', () => {
  it('runs through bin/plan.mjs with exit codes and no stack trace', async () => {
    const file = await writeXlsx('bin.xlsx', unusualPlan());
    const ok = spawnSync('node', ['bin/plan.mjs', 'report', file, '--as-of', '2016-10-31', '--format', 'json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).asOf).toBe('2016-10-31');
    const bad = spawnSync('node', ['bin/plan.mjs', 'check', 'package.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not an Excel .xlsx workbook');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(execFileSync('node', ['bin/plan.mjs', '--help'], { encoding: 'utf8' })).toContain('plan check');
  });
});
