/**
 * The preview page: the real task pane against a simulated workbook (an .xlsx
 * read by the package reader in the browser), with a grid of the current sheet beside
 * it. `?file=other.xlsx` loads another file served with the page; `?today=2016-11-15`
 * pins today's date.
 */
import { showRibbonChecks } from '../taskpane/ribbon-checks';
import { mount } from '../taskpane/app';
import type { PaneHandle } from '../taskpane/context';
import { serialFromIso } from '../core/calendar';
import { download, h, replaceChildren } from '../taskpane/dom';
import { createPreviewHost, readAllSheets } from './preview-host';
import type { PreviewHost } from './preview-host';
import { renderGrid } from './grid';
import css from './preview.css';

const style = document.createElement('style');
style.textContent = css;
document.head.appendChild(style);

const params = new URLSearchParams(window.location.search);
const todayParam = params.get('today');
const today = todayParam !== null ? serialFromIso(todayParam) : null;

const paneRoot = document.getElementById('pane') as HTMLElement;
const gridRoot = document.getElementById('grid') as HTMLElement;
const fileInput = document.getElementById('open-file') as HTMLInputElement;
const downloadButton = document.getElementById('download') as HTMLButtonElement;
const message = document.getElementById('preview-message') as HTMLElement;
const title = document.getElementById('workbook-name') as HTMLElement;

let pane: PaneHandle | null = null;
let stopRibbonChecks: () => void = () => undefined;
let host: PreviewHost | null = null;
let fileName = 'sample.xlsx';

async function open(bytes: Uint8Array, name: string): Promise<void> {
  // The package reader's guards first (damaged, encrypted, zip bomb, huge sheet), as on the command line.
  const read = readAllSheets(bytes);
  if (!read.ok) {
    message.textContent = name + ': ' + read.message;
    return;
  }
  message.textContent = '';
  fileName = name;
  title.textContent = name;
  if (pane !== null) pane.destroy();
  stopRibbonChecks();
  const next = createPreviewHost(bytes, read.sheets);
  host = next;
  next.onChange(() => renderGrid(gridRoot, next));
  renderGrid(gridRoot, next);
  pane = mount(paneRoot, next, today !== null ? { today } : {});
  // As inside Excel: a "Check plan" result announced on window updates the pane (tests dispatch one).
  stopRibbonChecks = showRibbonChecks(pane);
  window.__preview = { host: next, ready: true };
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files !== null && fileInput.files.length > 0 ? fileInput.files[0] : null;
  if (file === null) return;
  void file.arrayBuffer().then((buf) => open(new Uint8Array(buf), file.name));
});

downloadButton.addEventListener('click', () => {
  if (host === null) return;
  void host.save().then((bytes) => {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    download(fileName.replace(/\.xlsx$/i, '') + '-preview.xlsx', copy, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});

async function start(): Promise<void> {
  const name = params.get('file') !== null ? (params.get('file') as string) : 'sample.xlsx';
  try {
    const res = await fetch(name);
    if (!res.ok) throw new Error('HTTP ' + String(res.status));
    await open(new Uint8Array(await res.arrayBuffer()), name.split('/').pop() as string);
  } catch (e) {
    message.textContent = 'Could not load ' + name + ' (' + (e instanceof Error ? e.message : String(e)) + '). Open an .xlsx workbook with the button above.';
    replaceChildren(gridRoot, [h('p', {}, ['No workbook loaded.'])]);
  }
}

declare global {
  interface Window {
    __preview?: { host: PreviewHost; ready: boolean };
  }
}

void start();
