/**
 * Generated plan workbooks for benchmarks: N action rows under six theme
 * section rows, M measures with twelve month columns. Deterministic.
 */
import ExcelJS from 'exceljs';

const STATUSES = ['Not started', 'On track', 'At risk', 'Off track', 'Complete', 'Deferred', 'Awaiting sign-off'];
const LEADS = ['Head of Service', 'Service Manager', 'Principal Social Worker', 'Virtual School Head', 'Workforce Lead'];

export function generatePlanWorkbook(actions: number, measures: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Actions');
  ws.addRow(['Improvement plan (generated for benchmarks)']);
  ws.addRow(['Ref', 'Action', 'Expected outcome', 'Measures', 'Lead officer', 'Due date', 'Status', 'RAG', 'Completed date', 'Progress update', 'Last updated']);
  const perTheme = Math.ceil(actions / 6);
  let made = 0;
  for (let theme = 1; theme <= 6 && made < actions; theme++) {
    ws.addRow([`${theme}. Theme ${theme}`]);
    for (let i = 1; i <= perTheme && made < actions; i++, made++) {
      // Mostly clean, as a plan about to go to the board is: past-due actions are
      // complete, updates are recent, typed RAGs are rare; about 1 row in 50 has a problem.
      const due = new Date(Date.UTC(2016, 3 + (made % 12), 1 + (made % 28)));
      const pastDue = due.getTime() < Date.UTC(2016, 9, 31);
      const status = pastDue ? 'Complete' : STATUSES[made % 4];
      const completed = status === 'Complete' ? new Date(Math.min(due.getTime(), Date.UTC(2016, 9, 1))) : null;
      const problem = made % 50 === 7;
      ws.addRow([
        `${theme}.${i}`,
        `Action ${made + 1}: improve practice in area ${i % 40}`,
        `Outcome ${made + 1}`,
        `M${String((made % measures) + 1).padStart(3, '0')}`,
        LEADS[made % LEADS.length],
        problem ? 'Ongoing' : due,
        status,
        problem ? 'G' : null,
        completed,
        'Progress noted at the board',
        new Date(Date.UTC(2016, 9, 1 + (made % 28))),
      ]);
    }
  }
  const ms = wb.addWorksheet('Measures');
  const months = ['Apr-16', 'May-16', 'Jun-16', 'Jul-16', 'Aug-16', 'Sep-16', 'Oct-16', 'Nov-16', 'Dec-16', 'Jan-17', 'Feb-17', 'Mar-17'];
  ms.addRow(['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline', 'Target', 'Tolerance', ...months]);
  for (let m = 0; m < measures; m++) {
    const pct = m % 2 === 0;
    const base = pct ? 0.5 + (m % 30) / 100 : 20 + (m % 50);
    const values = months.map((_, i) => (i < 6 ? (pct ? Math.min(1, base + i * 0.01) : base - i) : null));
    ms.addRow([`M${String(m + 1).padStart(3, '0')}`, `Measure ${m + 1}`, String((m % 6) + 1), pct ? '%' : 'Number', m % 3 === 0 ? 'Lower is better' : 'Higher is better', base, pct ? base + 0.1 : base + 5, pct ? 5 : 10, ...values]);
  }
  wb.addWorksheet('Settings').addRows([['Plan year', '2016/17'], ['Amber window', 30]]);
  return wb;
}
