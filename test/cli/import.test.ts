import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { plan } from '../helpers/cli';
import { readXlsx, writeText, writeXlsx } from '../helpers/xlsx-builder';
import { unusualPlan } from './fixtures';

// KPIs sheet of the fixture: H..M are Apr..Sep 2016; row 3 is CL1 (typed as points), row 4 RR1 (fractions).
let file = '';
beforeAll(async () => {
  file = await writeXlsx('import-plan.xlsx', unusualPlan());
});

describe('plan import', () => {
  it('writes new values as the row keeps them: 63 and 63% both become 0.63 in a % row', async () => {
    const csv = writeText('new.csv', 'Measure ID,Period,Value\nRR1,2016-09,26%\nCL1,Sep-16,62\nSW1,Sep 2016,0.86\n');
    const out = file.replace('.xlsx', '-imported.xlsx');
    const r = await plan('import', file, csv, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Imported 1 value');
    const ws = (await readXlsx(out)).getWorksheet('KPIs');
    expect(ws?.getCell('M4').value).toBe(0.26);
    expect(ws?.getCell('M4').numFmt).toContain('%');
  });

  it('rejects a conflicting value without --overwrite, lists it, and writes nothing', async () => {
    const before = readFileSync(file);
    const csv = writeText('conflict.csv', 'Measure ID;Period;Value\nSW1;2016-09;90%\n');
    const r = await plan('import', file, csv, '--in-place');
    expect(r.code).toBe(1);
    expect(r.err).toContain('was not imported; the workbook is unchanged');
    expect(r.err).toContain('--overwrite');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('writes a conflicting value with --overwrite', async () => {
    const copy = await writeXlsx('overwrite.xlsx', unusualPlan());
    const csv = writeText('conflict2.csv', 'measure\tmonth\tvalue\nSW1\t2016-09\t90%\n');
    const r = await plan('import', copy, csv, '--overwrite', '--in-place');
    expect(r.code).toBe(0);
    expect((await readXlsx(copy)).getWorksheet('KPIs')?.getCell('M2').value).toBe(0.9);
  });

  it('rejects the whole file with every problem listed', async () => {
    const before = readFileSync(file);
    const csv = writeText('bad.csv', 'Measure ID,Period,Value\nXX9,2016-09,5\nSW1,2016-13,5\nSW1,2016-08,lots\nRR1,2016-09,20%\nRR1,2016-09,21%\n');
    const r = await plan('import', file, csv, '--in-place');
    expect(r.code).toBe(1);
    for (const seen of ['XX9', '2016-13', 'lots', 'Line 6']) expect(r.err).toContain(seen);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says when the CSV is not UTF-8', async () => {
    const csv = writeText('latin1.csv', new Uint8Array([0x4d, 0x65, 0x61, 0x73, 0x75, 0x72, 0x65, 0x2c, 0xa3, 0x35, 0x0a]));
    const r = await plan('import', file, csv, '--in-place');
    expect(r.code).toBe(2);
    expect(r.err).toContain('not UTF-8');
  });

  it('says when the delimiter is not one it reads', async () => {
    const csv = writeText('pipes.csv', 'Measure ID|Period|Value\nSW1|2016-09|0.9\n');
    const r = await plan('import', file, csv, '--in-place');
    expect(r.code).toBe(1);
    expect(r.err).toContain('separated by "|"');
  });

  it('reads UTF-8 with a BOM', async () => {
    const csv = writeText('bom.csv', '\ufeffMeasure ID,Period,Value\nSW1,2016-09,86%\n');
    const r = await plan('import', file, csv, '--out', file.replace('.xlsx', '-bom.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Imported 0 values');
  });
});
