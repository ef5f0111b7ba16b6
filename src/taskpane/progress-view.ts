/**
 * Progress: every measure with its latest value and period, target, a
 * progress bar, the RAG as a badge with text, trajectory, direction of travel
 * and a small trend chart of the monthly values (inline SVG).
 */
import type { MeasureResult } from '../core/model';
import { ukFromSerial } from '../core/calendar';
import type { Loaded, PaneContext, View } from './context';
import { h, replaceChildren, s } from './dom';
import { formatProgress, formatValue, ragBadge } from './format';
import { shortYearMonth } from '../core/calendar';

const CHART_W = 140;
const CHART_H = 36;
const PAD = 3;

/** The trend chart: the month values as a line (gaps where there is no value), the target dashed. */
function trendChart(m: MeasureResult): SVGSVGElement {
  const points = m.series.map((p, i) => ({ i, month: p.month, value: p.value }));
  const values = points.filter((p) => p.value !== null).map((p) => p.value as number);
  const described = points
    .filter((p) => p.value !== null)
    .map((p) => shortYearMonth(p.month) + ' ' + formatValue(p.value, m.unit))
    .join(', ');
  const label = values.length === 0 ? 'No monthly values yet' : 'Monthly values: ' + described + (m.target !== null ? '; target ' + formatValue(m.target, m.unit) : '');
  const svg = s('svg', { class: 'trend', width: CHART_W, height: CHART_H, viewBox: '0 0 ' + String(CHART_W) + ' ' + String(CHART_H), role: 'img', 'aria-label': label });
  svg.appendChild(s('title', {}, [label]));
  if (values.length === 0 || points.length === 0) return svg;
  const range = values.concat(m.target !== null ? [m.target] : []);
  let lo = Math.min(...range);
  let hi = Math.max(...range);
  if (hi === lo) {
    hi += 1;
    lo -= 1;
  }
  const n = Math.max(points.length - 1, 1);
  const x = (i: number): number => PAD + ((CHART_W - 2 * PAD) * i) / n;
  const y = (v: number): number => CHART_H - PAD - ((CHART_H - 2 * PAD) * (v - lo)) / (hi - lo);
  svg.appendChild(s('line', { class: 'trend-axis', x1: PAD, x2: CHART_W - PAD, y1: CHART_H - PAD + 1, y2: CHART_H - PAD + 1 }));
  if (m.target !== null) {
    svg.appendChild(s('line', { class: 'trend-target', x1: PAD, x2: CHART_W - PAD, y1: y(m.target).toFixed(1), y2: y(m.target).toFixed(1) }));
  }
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    d += (pen ? 'L' : 'M') + x(p.i).toFixed(1) + ' ' + y(p.value).toFixed(1) + ' ';
    pen = true;
  }
  svg.appendChild(s('path', { class: 'trend-line', d: d.trim() }));
  for (const p of points) {
    if (p.value !== null) svg.appendChild(s('circle', { class: 'trend-dot', cx: x(p.i).toFixed(1), cy: y(p.value).toFixed(1), r: 1.8 }));
  }
  return svg;
}

const DIRECTION_ICON: Readonly<Record<string, string>> = { Improving: '▲', Declining: '▼', 'No change': '▶' };

function progressBar(progress: number | null): HTMLElement {
  const clipped = progress === null ? 0 : Math.max(0, Math.min(1, progress));
  return h('div', { class: 'meter', 'aria-hidden': 'true' }, [
    h('div', { class: 'meter-fill' + (progress !== null && progress >= 1 ? ' full' : ''), style: 'width:' + (clipped * 100).toFixed(1) + '%' }),
  ]);
}

function measureCard(m: MeasureResult): HTMLElement {
  const direction = m.direction === null ? '–' : m.direction;
  return h('li', { class: 'measure' }, [
    h('div', { class: 'measure-head' }, [
      h('h4', { class: 'measure-name' }, [h('span', { class: 'measure-id' }, [m.id]), ' ', m.name]),
      ragBadge(m.rag),
    ]),
    h('dl', { class: 'facts' }, [
      h('div', {}, [h('dt', {}, ['Latest']), h('dd', {}, [formatValue(m.latest, m.unit) + (m.latestPeriod !== null ? ' (' + shortYearMonth(m.latestPeriod) + ')' : '')])]),
      h('div', {}, [h('dt', {}, ['Target']), h('dd', {}, [formatValue(m.target, m.unit)])]),
      h('div', {}, [h('dt', {}, ['Baseline']), h('dd', {}, [formatValue(m.baseline, m.unit)])]),
      h('div', {}, [h('dt', {}, ['Progress']), h('dd', {}, [formatProgress(m.progress)])]),
      h('div', {}, [h('dt', {}, ['Trajectory']), h('dd', {}, [m.trajectory === null ? '–' : m.trajectory])]),
      h('div', {}, [
        h('dt', {}, ['Direction']),
        h('dd', {}, [m.direction !== null ? h('span', { class: 'dir-icon', 'aria-hidden': 'true' }, [DIRECTION_ICON[m.direction]]) : null, direction]),
      ]),
    ]),
    progressBar(m.progress),
    trendChart(m),
  ]);
}

export function createProgressView(ctx: PaneContext): View {
  const body = h('div', { class: 'measures' }, [h('p', { class: 'note' }, ['Reading the measures…'])]);
  const refresh = h('button', { type: 'button', class: 'btn' }, ['Refresh']);
  refresh.addEventListener('click', () => {
    void ctx.run('Reading the measures', async (progress) => {
      const loaded = await ctx.load(progress);
      ctx.announce('Progress shown for ' + String(loaded.analysis.measures.length) + ' measures as of ' + ukFromSerial(loaded.analysis.asOf) + '.');
    });
  });

  function render(loaded: Loaded): void {
    const measures = loaded.analysis.measures;
    if (loaded.analysis.plan.measures === null) {
      replaceChildren(body, [h('p', { class: 'note' }, ['The workbook has no Measures sheet (or Scorecard, KPIs, Performance measures, Indicators), so there is no progress to show.'])]);
      return;
    }
    if (measures.length === 0) {
      replaceChildren(body, [h('p', { class: 'note' }, ['The Measures sheet has no measures yet.'])]);
      return;
    }
    const themes: Array<{ label: string; items: MeasureResult[] }> = [];
    for (const m of measures) {
      const label = m.theme === null ? 'No theme' : m.theme.label;
      let t = themes.find((x) => x.label === label);
      if (t === undefined) {
        t = { label, items: [] };
        themes.push(t);
      }
      t.items.push(m);
    }
    replaceChildren(
      body,
      themes.map((t) => h('section', { class: 'theme' }, [h('h3', {}, [t.label]), h('ul', { class: 'measure-list' }, t.items.map((m) => measureCard(m)))])),
    );
  }

  const panel = h('section', {}, [
    h('h2', { class: 'panel-title' }, ['Progress on measures']),
    h('div', { class: 'toolbar' }, [refresh]),
    body,
  ]);
  return { id: 'progress', title: 'Progress', panel, update: render };
}
