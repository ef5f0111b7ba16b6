/**
 * The ribbon's "Check plan" runs in the same (shared) runtime as the pane and
 * announces its result with a window event: the open pane then reads the
 * workbook again and says what was found (or shows why the check failed).
 */
import { CHECK_EVENT, type RibbonCheckDetail } from '../host/ribbon-events';
import type { PaneHandle } from './context';

export function showRibbonChecks(pane: PaneHandle, target: Window = window): () => void {
  const listener = (event: Event): void => {
    const detail = (event as CustomEvent<RibbonCheckDetail>).detail;
    if ('failed' in detail) {
      pane.context.error(detail.failed);
      return;
    }
    void pane.context.run('Updating after Check plan', async (progress) => {
      await pane.context.load(progress);
      pane.context.announce(detail.message);
    });
  };
  target.addEventListener(CHECK_EVENT, listener);
  return () => target.removeEventListener(CHECK_EVENT, listener);
}
