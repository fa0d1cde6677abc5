// The second pass in slices: a few hundred selectors in one go held the page
// for 10-40 ms, a long task while the page is still settling. Between slices
// the page has its main thread back; the pass as a whole keeps its budget
// (SIGNAL_CAPS.domBudgetMs) and its selector cap.

import { answerDom } from './gather';
import { SIGNAL_CAPS as CAPS } from '../../core/hints/page-signals';
import type { DomAnswer, DomNeed } from '../../core/hints/page-signals';

/** Milliseconds of selector work per slice, far under a 50 ms long task. */
export const SLICE_MS = 4;

/** Resolves when the page is idle, or after 200 ms of a page that never is. */
export const pageIdle = (): Promise<unknown> =>
  new Promise((resolve) => requestIdleCallback(resolve, { timeout: 200 }));

export async function answerDomInSlices(
  doc: Document,
  needs: DomNeed[],
  now: () => number = () => performance.now(),
  pause: () => Promise<unknown> = pageIdle,
): Promise<Record<string, DomAnswer>> {
  const answers: Record<string, DomAnswer> = {};
  const queue = needs.slice(0, CAPS.domSelectors);
  for (let spent = 0; queue.length && spent < CAPS.domBudgetMs;) {
    await pause();
    const start = now();
    // One selector at least, so that a slow one cannot stall the pass.
    do Object.assign(answers, answerDom(doc, [queue.shift()!], now));
    while (queue.length && now() - start < SLICE_MS);
    spent += now() - start;
  }
  return answers;
}
