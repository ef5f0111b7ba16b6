/**
 * The helpers both Excel adapters (Office.js and the Office Scripts) share
 * from src/core: address lists, column widths, the text guard and the
 * byte-sized read planner.
 */
import { describe, expect, it } from 'vitest';
import { localAddress, splitAddressList } from '../../../src/core/address-list';
import { columnWidthPixels, columnWidthPoints } from '../../../src/core/column-width';
import { guardedText, needsTextGuard } from '../../../src/core/text-guard';
import { blockRead, blockRefused, isPayloadLimit, isSingleRow, newBlockState, planBlocks, rowBlocks } from '../../../src/core/read-blocks';

describe('address lists', () => {
  it('split at commas outside quoted sheet names, sheet and $ removed', () => {
    expect(splitAddressList("'Action plan'!$A$5:$I$5, 'Action plan'!$A$8:$I$8")).toEqual(['A5:I5', 'A8:I8']);
    expect(splitAddressList("'a, b'!A1,Sheet1!B2")).toEqual(['A1', 'B2']);
    // A doubled quote inside a quoted name, with a comma after it: still one area.
    expect(splitAddressList("'Jo''s, plan'!C3:D4")).toEqual(['C3:D4']);
    expect(splitAddressList('')).toEqual([]);
    expect(splitAddressList(' , ')).toEqual([]);
    expect(localAddress("'x'!$B$2")).toBe('B2');
    expect(localAddress('C4')).toBe('C4');
  });
});

describe('column widths', () => {
  it('convert the OOXML width to pixels and points as ECMA-376 18.3.1.13 does, at 7-pixel digits', () => {
    // Excel's default column: width 9.140625 (8.43 characters shown) is 64 pixels, 48 points.
    expect(columnWidthPixels(9.140625)).toBe(64);
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPixels(16)).toBe(112);
    expect(columnWidthPoints(16)).toBe(84);
    expect(columnWidthPoints(0)).toBe(0);
  });
});

describe('the text guard', () => {
  it('guards text Excel would turn into a formula, number, date, boolean or error, and nothing else', () => {
    for (const t of ['=SUM(A1)', '+44', '-3', '@x', '1.10', '2016-10', '31/12', 'Q3 2016', 'TRUE', ' false ', '#N/A', "'quoted"]) expect(needsTextGuard(t), t).toBe(true);
    for (const t of ['Red', 'On track', 'OK', 'n/a', 'Jo Bloggs', 'True story']) expect(needsTextGuard(t), t).toBe(false);
    expect(guardedText('1.10')).toBe("'1.10");
    expect(guardedText('Red')).toBe('Red');
  });
});

describe('the read planner', () => {
  it('plans blocks within the budget, measures what comes back and plans bigger cells smaller', () => {
    const s = newBlockState({ top: 2, left: 0, rows: 1000, cols: 10 });
    const first = planBlocks([s], 64_000, 64);
    expect(first).toEqual([{ sheet: s, area: s.area, top: 2, count: 100 }]);
    blockRead(s, 100, () => 100 * 10 * 200); // 200 bytes a cell came back
    const second = planBlocks([s], 64_000, 64);
    expect(second[0].top).toBe(102);
    expect(second[0].count).toBe(Math.floor(64_000 / (10 * 200 * 1.25)));
    blockRefused(s, 64);
    expect(planBlocks([s], 64_000, 64)[0].count).toBe(Math.floor(64_000 / (10 * 200 * 1.25 * 2)));
  });

  it('packs several sheets into one request, and a row over the budget goes alone', () => {
    const a = newBlockState({ top: 0, left: 0, rows: 10, cols: 2 });
    const b = newBlockState({ top: 0, left: 0, rows: 10, cols: 2 });
    expect(planBlocks([a, b], 10_000, 64).map((x) => x.count)).toEqual([10, 10]);
    const wide = newBlockState({ top: 0, left: 0, rows: 3, cols: 1000 });
    const blocks = planBlocks([wide], 1_000, 64);
    expect(blocks.map((x) => x.count)).toEqual([1]);
    expect(isSingleRow(blocks)).toBe(true);
    expect(planBlocks([newBlockState(null)], 1_000, 64)).toEqual([]);
  });

  it('knows Excel\'s size refusals, and cuts writes into row blocks', () => {
    expect(isPayloadLimit(Object.assign(new Error('x'), { code: 'ResponsePayloadSizeLimitExceeded' }))).toBe(true);
    expect(isPayloadLimit(new Error('The response payload size has exceeded the limit.'))).toBe(true);
    expect(isPayloadLimit(new Error('ItemNotFound'))).toBe(false);
    expect(rowBlocks([10, 10, 10, 10, 10], 25).map((x) => [x.start, x.count])).toEqual([[0, 2], [2, 2], [4, 1]]);
  });
});

describe('both adapters use the shared helpers', () => {
  it('no private copy of the width, guard or address rules is left in the adapters', async () => {
    const { readFileSync } = await import('node:fs');
    const io = readFileSync('scripts/office/entries/excel-io.ts', 'utf8');
    const write = readFileSync('src/excel/write.ts', 'utf8');
    for (const text of [io, write]) {
      expect(text).not.toMatch(/\* 7 \+ 5|POINTS_PER_CHAR|needsTextFormat|\/\^\[=\+\\-@\]\//);
      expect(text).toContain('columnWidthPoints');
      expect(text).toContain('needsTextGuard');
    }
  });
});
