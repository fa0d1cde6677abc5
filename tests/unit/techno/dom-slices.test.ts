// The second pass gives the page its main thread back between slices of a
// few milliseconds, and answers what one uninterrupted pass would.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { answerDom } from '../../../lib/page/techno/gather';
import { answerDomInSlices, SLICE_MS } from '../../../lib/page/techno/dom-slices';
import { SIGNAL_CAPS } from '../../../lib/core/hints/page-signals';

const doc = parseHtml(
  `<html><body><div ng-version="17.1.0"></div>` +
    `${'<a class="buy" href="https://amzn.to/x">Buy</a>'.repeat(3)}<p>Powered by Acme</p></body></html>`,
);
const needs = [
  { selector: '[ng-version]', attributes: ['ng-version'] },
  { selector: 'a.buy', attributes: ['href'] },
  { selector: 'p', text: true },
  { selector: '#absent' },
  { selector: 'div[' },
  ...Array.from({ length: 40 }, (_, i) => ({ selector: `p, #id${i}` })),
];

describe('answerDomInSlices', () => {
  it('answers what one pass answers, pausing between slices of a few milliseconds', async () => {
    let clock = 0;
    let pauses = 0;
    const answers = await answerDomInSlices(
      doc,
      needs,
      // Every reading of the clock "takes" a tenth of a millisecond: a
      // selector reads it about three times, so a slice holds about a dozen.
      () => (clock += 0.1),
      async () => void pauses++,
    );
    expect(answers).toEqual(answerDom(doc, needs, () => 0));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((clock - SLICE_MS) / SLICE_MS));
    expect(pauses).toBeGreaterThan(1);
    expect(pauses).toBeLessThan(needs.length / 4);
  });

  it('keeps the whole pass within its time budget, however it is sliced', async () => {
    let clock = 0;
    let pauses = 0;
    const answers = await answerDomInSlices(
      doc,
      needs.slice(5),
      // A selector "takes" over 10 ms: one a slice, until the budget is spent.
      () => (clock += 5),
      async () => void pauses++,
    );
    expect(Object.keys(answers)).toHaveLength(pauses);
    // It stopped once the budget was spent, long before the 40 selectors.
    expect(clock).toBeGreaterThanOrEqual(SIGNAL_CAPS.domBudgetMs);
    expect(clock).toBeLessThan(2 * SIGNAL_CAPS.domBudgetMs);
    expect(pauses).toBeGreaterThan(1);
  });

  it('asks no more than the capped number of selectors', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ selector: `p, #x${i}` }));
    const answers = await answerDomInSlices(
      doc,
      many,
      () => 0,
      async () => {},
    );
    expect(Object.keys(answers)).toHaveLength(SIGNAL_CAPS.domSelectors);
  });
});
