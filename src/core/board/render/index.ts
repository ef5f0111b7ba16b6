/**
 * The Board pack as one self-contained HTML file (contract 9): inline CSS and
 * SVG, no script, no external request, A4 print layout. Pure string building,
 * so the command line, the task pane and the Office Script make the same bytes.
 */
import type { BoardPack } from '../model';
import { describeAsOf } from '../../as-of';
import { el, escapeHtml, text } from './html';
import { monthName, ukDate } from './format';
import { packStyles } from './styles';
import { SECTIONS, renderCover } from './cover';
import { renderSummary } from './summary';
import { renderExceptions } from './exceptions';
import { renderMoved } from './moved';
import { drawScorecard } from './scorecard';
import { renderLeads } from './leads';
import { renderDataQuality } from './quality';

export { escapeHtml } from './html';
export { chartScale } from './chart';
export { SECTIONS } from './cover';

function heading(id: string): string {
  const s = SECTIONS.find((x) => x.id === id);
  return s === undefined ? id : s.title;
}

/** … (the pack is ASCII: html.ts). */
const ELLIPSIS = '&#8230;';

/**
 * The browser tab's title, at most 70 characters as written in the file
 * (validators flag longer ones): `DRAFT: Board pack, September 2016: <plan title, cut with …>`. Returned escaped.
 */
export function documentTitle(title: string, month: string, draft: boolean): string {
  const head = escapeHtml((draft ? 'DRAFT: ' : '') + 'Board pack, ' + month + ': ');
  const chars = Array.from(title.replace(/\s+/g, ' ').trim()).map((c) => escapeHtml(c));
  const whole = chars.join('');
  if (head.length + whole.length <= 70) return head + whole;
  let cut = '';
  for (const c of chars) {
    if (head.length + cut.length + c.length + ELLIPSIS.length > 70) break;
    cut += c;
  }
  return head + cut + ELLIPSIS;
}

/** The whole pack. Workbook text is escaped and isolated; the date made comes from the model (pinned in tests). */
export function renderBoardPack(pack: BoardPack): string {
  const month = monthName(pack.month);
  const draft = pack.cover.draft;
  // One array joined once: the pack is megabytes, and every join of a part copies it again.
  const out: string[] = [
    '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<title>' + documentTitle(pack.title, month, draft !== null) + '</title>\n',
    '<style>' + packStyles(draft, 'Board pack, ' + month + (draft !== null ? ' (DRAFT)' : '')) + '</style>\n</head>\n<body>\n',
    draft === null ? '' : el('div', 'class="draft screen-draft" role="note"', escapeHtml(draft)) + '\n',
    '<main>',
    renderCover(pack),
    '\n',
    renderSummary(pack.summary, pack.month, heading('summary')),
    '\n',
    renderExceptions(pack.exceptions, heading('exceptions')),
    '\n',
    renderMoved(pack.moved, pack.month, heading('moved')),
    '\n',
  ];
  drawScorecard(out, pack.scorecard, pack.month, heading('scorecard'));
  out.push(
    '\n',
    renderLeads(pack.leads, heading('leads')),
    '\n',
    renderDataQuality(pack.dataQuality, heading('data-quality')),
    '</main>\n',
    el(
      'footer',
      '',
      el('p', '', text(pack.title) + ': Improvement Board pack for ' + escapeHtml(month) + ', ' + escapeHtml(describeAsOf(pack.asOf)) + ', made on ' + escapeHtml(ukDate(pack.madeOn)) + ' from the plan workbook by the plan tool.'),
    ),
    '\n</body>\n</html>\n',
  );
  return out.join('');
}
