/**
 * Tables in a narrow pane (350 px in Excel): a table wider than the pane
 * scrolls sideways inside its own labelled, focusable region (arrow keys
 * scroll it), never widening the pane. A visible cue says it scrolls: a
 * shadow on the side with more columns and a "Scroll for more" line, shown
 * only while the table is wider than the pane. The first column stays put.
 */
import { h } from './dom';

export type TableCell = string | number;

/** Wraps a table in its scroll region; the cue follows the region's width. */
function scrollRegion(label: string, table: HTMLTableElement): HTMLElement {
  const hint = h('p', { class: 'scroll-hint', 'aria-hidden': 'true', hidden: true }, ['Scroll for more columns →']);
  const region = h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': label + ' (scrolls sideways)' }, [table]);
  const update = (): void => {
    const overflows = region.scrollWidth > region.clientWidth + 1;
    const atEnd = region.scrollLeft + region.clientWidth >= region.scrollWidth - 1;
    region.classList.toggle('overflows', overflows);
    region.classList.toggle('more-right', overflows && !atEnd);
    region.classList.toggle('more-left', overflows && region.scrollLeft > 0);
    hint.hidden = !overflows;
  };
  region.addEventListener('scroll', update, { passive: true });
  if (typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(() => update());
    observer.observe(region);
    observer.observe(table);
  }
  return h('div', { class: 'table-block' }, [hint, region]);
}

/** A simple table: a caption, column headers, and rows whose first cell is the row header. */
export function dataTable(caption: string, head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<TableCell>>): HTMLElement {
  const table = h('table', { class: 'grid-table' }, [
    h('caption', {}, [caption]),
    h('thead', {}, [h('tr', {}, head.map((c, i) => h('th', { scope: 'col', class: i === 0 ? 'left' : '' }, [c])))]),
    h(
      'tbody',
      {},
      rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row', class: 'left' }, [String(c)]) : h('td', {}, [String(c)]))))),
    ),
  ]);
  return scrollRegion(caption, table);
}
