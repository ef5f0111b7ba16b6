/**
 * The Board pack's stylesheet: an A4 committee paper. Each section starts a
 * new page, table headers repeat on every page, nothing is wider than the page
 * (fixed table layouts, long words broken anywhere), and every colour pairs
 * with a word or a shape, with text contrast of at least 4.5:1 (WCAG 2.1 AA).
 * `draft` is the running line printed at the top of every page, or null.
 */
import { cssString } from './html';
import { ragShapeStyles } from './format';

export function packStyles(draft: string | null, footer: string): string {
  const running = draft === null ? '' : '@top-center { content: ' + cssString(draft) + '; font: bold 10pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #a4262c; }';
  return `
@page { size: A4 portrait; margin: 18mm 14mm 16mm 14mm;
  ${running}
  @bottom-left { content: ${cssString(footer)}; font: 8pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #484644; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #484644; }
}
*, *::before, *::after { box-sizing: border-box; }
html { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1a19; background: #fff; }
body { margin: 0 auto; max-width: 182mm; padding: 6mm 0; overflow-wrap: anywhere; word-break: normal; }
main > section { break-before: page; page-break-before: always; }
main > section.cover { break-before: auto; page-break-before: auto; }
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; page-break-after: avoid; color: #1b1a19; }
h1 { font-size: 24pt; margin: 24mm 0 6mm; }
h2 { font-size: 16pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 2px solid #1b1a19; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 0 0 1mm; }
p { margin: 0 0 2.5mm; }
a { color: #004e8c; }
.draft { border: 2px solid #a4262c; color: #a4262c; font-weight: bold; padding: 2mm 3mm; margin: 0 0 4mm; }
.passed { border: 2px solid #0e5a0e; color: #0e5a0e; font-weight: bold; padding: 2mm 3mm; margin: 0 0 4mm; }
.lede { font-size: 13pt; margin-bottom: 6mm; }
dl.facts { display: grid; grid-template-columns: 32mm 1fr; gap: 1.5mm 4mm; margin: 0 0 6mm; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
nav.contents ol { padding-left: 6mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 5mm; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt; padding: 0 0 1.5mm; }
th, td { border: 1px solid #8a8886; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
thead th { background: #edebe9; overflow-wrap: normal; hyphens: manual; }
tbody th { font-weight: bold; background: #faf9f8; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.w-xs { width: 9%; } .w-s { width: 12%; } .w-m { width: 16%; } .w-l { width: 26%; } .w-xl { width: 38%; }
.muted { color: #605e5c; }
.note { color: #484644; font-style: italic; }
.small { font-size: 8.5pt; }
.rag, .verdict, .dir { white-space: nowrap; font-weight: bold; }
.rag { display: inline-block; padding: 0 1.2mm; border-radius: 1mm; border: 1px solid currentColor; }
.rag-red { color: #8e1b22; background: #fde7e9; }
.rag-amber { color: #6a4200; background: #fff4ce; }
.rag-green { color: #0b5a0b; background: #dff6dd; }
.rag-blue { color: #00457a; background: #deecf9; }
.rag-grey, .rag-na { color: #3b3a39; background: #f3f2f1; }
.rag-unknown, .rag-nodata { color: #3b3a39; background: #fff; }
.rag-new { color: #3b3a39; background: #fff; }
${ragShapeStyles()}
.v-worse, .dir-declining, .behind { color: #8e1b22; }
.v-better, .dir-improving, .ontraj { color: #0b5a0b; }
.v-similar, .dir-nochange { color: #3b3a39; }
.stale { font-weight: bold; }
.key { list-style: none; padding: 0; margin: 0 0 4mm; display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 9pt; }
.key svg { width: 9mm; height: 3.5mm; vertical-align: middle; margin-right: 1mm; }
.cards { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4mm; }
.card { border: 1px solid #8a8886; padding: 2.5mm; break-inside: avoid; page-break-inside: avoid; min-width: 0; }
.card table { font-size: 8pt; margin: 1mm 0 0; }
.card th, .card td { padding: 0.6mm 1.2mm; }
.card th { width: 19%; }
.card td { width: 31%; }
.card h4 { font-size: 10pt; }
.card p.small { margin: 0 0 1mm; }
svg.chart { display: block; width: 100%; height: auto; }
svg .frame { fill: none; stroke: #8a8886; }
svg .grid { stroke: #e1dfdd; stroke-width: 1; }
svg .axis { fill: none; stroke: #484644; stroke-width: 1; }
svg .axisbreak { stroke: #1b1a19; stroke-width: 1.5; fill: none; }
svg .grid { fill: none; }
svg .dots { fill: none; stroke: #1b1a19; stroke-width: 5.2; stroke-linecap: round; }
svg .tick, svg .month, svg .cmplabel, svg .nodata { font: 10px Arial, "Liberation Sans", Helvetica, sans-serif; fill: #3b3a39; }
svg .cmplabel { font-weight: bold; fill: #1b1a19; }
svg .values { fill: none; stroke: #1b1a19; stroke-width: 2; }
svg .target { fill: none; stroke: #a4262c; stroke-width: 1.5; stroke-dasharray: 6 3; }
svg .trajectory { fill: none; stroke: #00457a; stroke-width: 1.5; stroke-dasharray: 1.5 2.5; }
svg .cmp { fill: #484644; stroke: #1b1a19; stroke-width: 1; }
svg .cmp.hollow { fill: #fff; stroke-width: 1.5; }
.axisnote { font-size: 8pt; color: #484644; margin: 0.5mm 0 0; }
.examples { margin: 0 0 4mm; padding-left: 6mm; font-size: 9pt; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.screen-draft { position: sticky; top: 0; z-index: 1; background: #fff; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #484644; border-top: 1px solid #8a8886; padding-top: 2mm; }
@media screen {
  body { padding: 6mm 4mm; }
  main > section { border-top: 1px dashed #8a8886; padding-top: 6mm; margin-top: 10mm; }
  main > section.cover { border-top: 0; margin-top: 0; }
}
@media print {
  body { max-width: none; padding: 0; }
  .screen-draft { display: none; }
  a { color: inherit; text-decoration: none; }
  h1 { margin-top: 20mm; }
}
`;
}
