/** Small workbooks for the browser tests, built with exceljs in Node. */
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../src/xlsx/write';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export const MONTHS = ['Apr-16', 'May-16', 'Jun-16', 'Jul-16', 'Aug-16', 'Sep-16', 'Oct-16', 'Nov-16'];

export interface PlanOptions {
  /** Text put into cells the product shows (action text, lead, measure name). */
  readonly payload?: string;
  /** Leave out the Settings sheet. */
  readonly noSettings?: boolean;
}

/** A two-theme plan as of 15/11/2016 with one error of each common kind. */
export function smallPlan(options: PlanOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const payload = options.payload;
  const actions = wb.addWorksheet('Actions');
  actions.addRow(['Getting to Good – action plan']);
  actions.addRow([]);
  actions.addRow(['Ref', 'Action', 'Expected outcome', 'Measures', 'Lead officer', 'Due date', 'Status', 'Progress update']);
  actions.addRow(['1. Early help']);
  actions.addRow(['1.1', payload !== undefined ? payload : 'Launch the early help assessment', 'Families get help sooner', 'EH1', 'Ann Smith', utc(2016, 10, 31), 'On track', '']);
  actions.addRow(['1.2', 'Train 200 staff in signs of safety', 'Consistent practice', '', payload !== undefined ? payload : 'Bob Jones', utc(2017, 3, 31), 'In progress', 'Half trained']);
  actions.addRow(['2. Care leavers']);
  actions.addRow(['2.1', 'Personal advisers for all care leavers', 'More care leavers in EET', 'CL1', 'Cath Lee', 'Ongoing', 'At risk', '']);
  actions.addRow(['2.2', 'Staying put policy', 'More care leavers in suitable accommodation', 'CL2', 'Dan Wu', utc(2016, 9, 30), 'Complete', 'Done in Sept']);
  for (const r of [5, 6, 9]) actions.getCell('F' + String(r)).numFmt = 'dd/mm/yyyy';
  actions.getColumn(2).width = 36;

  const measures = wb.addWorksheet('Measures');
  measures.addRow(['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline', 'Target'].concat(MONTHS));
  measures.addRow(['EH1', payload !== undefined ? payload : 'Early help assessments completed in 45 days', 1, '%', 'Higher is better', 0.6, 0.8, 0.62, 0.64, 0.66, 0.7, 0.71, 0.73, 0.75, null]);
  measures.addRow(['CL1', 'Care leavers in education, employment or training', 2, '%', 'Higher is better', 0.45, 0.6, 0.46, 0.48, 0.5, 0.49, 0.5, 0.52, 0.5, null]);
  measures.addRow(['CL2', 'Re-referrals within 12 months', 2, '%', 'Lower is better', 0.25, 0.2, 0.26, 0.25, 0.24, 0.24, 0.23, 0.22, 0.21, null]);
  for (let r = 2; r <= 4; r++) for (let c = 6; c <= 7 + MONTHS.length; c++) measures.getCell(r, c).numFmt = '0%';

  if (options.noSettings !== true) {
    const settings = wb.addWorksheet('Settings');
    settings.addRow(['Setting', 'Value']);
    settings.addRow(['Plan year', '2016/17']);
    settings.addRow(['As of', utc(2016, 11, 15)]);
    settings.getCell('B3').numFmt = 'dd/mm/yyyy';
  }
  return wb;
}

export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await writeWorkbook(wb));
}
