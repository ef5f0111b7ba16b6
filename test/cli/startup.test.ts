/** `check` and `report` start without loading exceljs (issue 11: exceljs is not on the path of a user's file). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { writeXlsx } from '../helpers/xlsx-builder';
import { unusualPlan } from './fixtures';

const TSX = path.join('node_modules', '.bin', 'tsx');
const SCRIPT = path.join('test', 'helpers', 'modules-after-check.ts');

function modulesAfter(...argv: string[]): { code: number; exceljs: boolean; jszip: boolean } {
  return JSON.parse(execFileSync(TSX, [SCRIPT, ...argv], { encoding: 'utf8' })) as { code: number; exceljs: boolean; jszip: boolean };
}

describe('start-up of the reading commands', () => {
  it('check and report never load exceljs or jszip (sample, which makes a workbook with exceljs, shows the probe sees it)', async () => {
    const file = await writeXlsx('startup.xlsx', unusualPlan());
    expect(modulesAfter('check', file, '--as-of', '2016-10-31')).toEqual({ code: 1, exceljs: false, jszip: false });
    expect(modulesAfter('report', file, '--as-of', '2016-10-31')).toEqual({ code: 0, exceljs: false, jszip: false });
    expect(modulesAfter('sample', '--out', file.replace('.xlsx', '-sample.xlsx'))).toMatchObject({ code: 0, exceljs: true });
  });
});
