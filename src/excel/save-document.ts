/// <reference types="office-js" />
/**
 * The Excel host's way to hand the analyst a document the pane made (the
 * Board pack). Excel on the web runs the pane in a browser, which saves a
 * download. Excel desktop's pane (a WebView) cannot save a file, so the pack
 * opens in an Office dialog (assets/board-pack-dialog.html) with a Print
 * button, from which the analyst prints it or saves it as PDF: the pane sends
 * the HTML with `messageChild` (DialogApi 1.2) in pieces once the dialog says
 * it is ready, and the dialog shows it in a sandboxed frame (no script runs).
 */
import type { DocumentResult } from '../host/plan-host';
import { downloadFile } from '../host/download';

/** Characters per `messageChild` message (kept small: hosts cap message sizes). */
export const DIALOG_CHUNK = 30000;

/** The HTML in the pieces the dialog reassembles: `{"i":0,"n":3,"text":"..."}`. */
export function dialogMessages(html: string, chunk: number = DIALOG_CHUNK): string[] {
  const n = Math.max(1, Math.ceil(html.length / chunk));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(JSON.stringify({ i, n, text: html.slice(i * chunk, (i + 1) * chunk) }));
  return out;
}

function openInDialog(html: string): Promise<DocumentResult> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.2')) {
    return Promise.resolve({
      ok: false,
      message: 'This version of Excel cannot show the Board pack from the add-in. Open the workbook in Excel on the web and make it there, or use the Board pack Office Script or the plan board command.',
    });
  }
  const url = new URL('assets/board-pack-dialog.html', window.location.href).href;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 90, width: 70, displayInIframe: false }, (opened) => {
      if (opened.status === Office.AsyncResultStatus.Failed) {
        resolve({ ok: false, message: 'The Board pack window did not open (' + opened.error.message + '). Close any other add-in window and try again.' });
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ('message' in arg && arg.message === 'ready') {
          for (const m of dialogMessages(html)) dialog.messageChild(m);
          resolve({ ok: true, how: 'opened' });
        }
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve({ ok: false, message: 'The Board pack window was closed before the pack reached it.' }));
    });
  });
}

export function saveDocumentInExcel(fileName: string, html: string): Promise<DocumentResult> {
  if (Office.context.platform === Office.PlatformType.OfficeOnline) {
    downloadFile(fileName, html, 'text/html;charset=utf-8');
    return Promise.resolve({ ok: true, how: 'downloaded' });
  }
  return openInDialog(html);
}
