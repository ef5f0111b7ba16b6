/// <reference types="office-js" />
/**
 * Task pane entry. Inside Excel (Office.onReady with host Excel) it mounts the
 * pane on the Office.js host; the preview page (src/preview) mounts the same
 * pane on its own simulated host and does not use this entry.
 */
import { createExcelHost } from '../excel';
import { mount } from './app';
import { showRibbonChecks } from './ribbon-checks';
import { h, replaceChildren } from './dom';
import { tooOldMessage } from '../host/requirements';

function appRoot(): HTMLElement {
  const found = document.getElementById('app');
  if (found !== null) return found;
  const main = h('main', { id: 'app' });
  document.body.appendChild(main);
  return main;
}

function notInExcel(root: HTMLElement, text: string): void {
  replaceChildren(root, [h('div', { class: 'pane' }, [h('h1', { class: 'pane-title' }, ['Improvement plan']), h('p', { role: 'alert' }, [text])])]);
}

const root = appRoot();
if (typeof Office === 'undefined') {
  notInExcel(root, 'Office could not be loaded. Check the internet connection, then close and reopen the add-in from the Home tab in Excel.');
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      notInExcel(root, 'This add-in works in Excel. Open your improvement plan workbook in Excel and start it from the Home tab.');
      return;
    }
    // An Excel too old for the sets the add-in needs (src/host/requirements.ts): say which Excel is needed.
    const tooOld = tooOldMessage((name, version) => Office.context.requirements.isSetSupported(name, version));
    if (tooOld !== null) notInExcel(root, tooOld);
    else showRibbonChecks(mount(root, createExcelHost()));
  });
}

