/// <reference types="office-js" />
/**
 * Ribbon commands, loaded in the shared runtime page (taskpane.html), so they
 * share state and window with the pane.
 *
 * "Check plan" (ExecuteFunction `checkPlan`): reads the workbook, checks it,
 * marks the cells at fault, publishes the summary (a `plan-tracker:checked`
 * event on window and `window.planTrackerLastCheck`), and opens the pane to
 * show it. Excel has no ribbon notification area, so the pane is where the
 * result is read. `event.completed()` is always called.
 */
import { serialOfDate } from '../core/as-of';
import { createExcelHost, errorMessage } from '../excel';
import { checkFromRibbon } from './check';
import { CHECK_EVENT } from '../host/ribbon-events';
import type { CheckSummary } from '../host/ribbon-events';

declare global {
  interface Window {
    planTrackerLastCheck?: CheckSummary | { readonly failed: string };
  }
}

async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Older clients without SharedRuntime 1.1 APIs: the summary is still published.
  }
}

export async function checkPlan(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const summary = await checkFromRibbon(createExcelHost(), serialOfDate(new Date(), false));
    window.planTrackerLastCheck = summary;
    window.dispatchEvent(new CustomEvent<CheckSummary>(CHECK_EVENT, { detail: summary }));
    await showPane();
  } catch (e) {
    window.planTrackerLastCheck = { failed: 'Check plan did not work: ' + errorMessage(e) };
    window.dispatchEvent(new CustomEvent(CHECK_EVENT, { detail: window.planTrackerLastCheck }));
    await showPane();
  } finally {
    event.completed();
  }
}

// Outside Office (the preview, tests) there is nothing to associate with.
if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('checkPlan', checkPlan);
  });
}
