import { readPlan } from '/work/main/src/core/read';
import { sheet, workbook } from '/work/main/test/helpers/snapshot-builder';
import { ACTION_HEADER, MEASURE_HEADER } from '/work/main/test/core/read/fixtures';
const rows = [ACTION_HEADER as unknown[]];
for (let i = 0; i < 50000; i++) {
  if (i % 1000 === 0) rows.push([String(i / 1000 + 1) + '. Theme']);
  rows.push([String((i % 6) + 1) + '.' + String(i), 'T', 'Action ' + i, 'Outcome', 'EH1', 'Jo', '31/12/2016', 'In progress', 'G', null, 'upd', 42700, 'ev']);
}
const mrows = [MEASURE_HEADER as unknown[]];
for (let i = 0; i < 2000; i++) mrows.push(['M' + i, 'n', 'T', '%', 'High', 0.5, '60%', 5, 'points', null, 0.5, 0.5, 0.5, 0.4, 'c', 0.45]);
const wb = workbook(sheet('Actions', rows as never, { merges: ['A2:M2'] }), sheet('Measures', mrows as never));
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  const p = readPlan(wb, 42674);
  console.log('rows', p.actions?.rows.length, p.measures?.rows.length, 'ms', (performance.now() - t).toFixed(1));
}
