// The tags loaders insert after the read are collected for the technology
// pass, within caps, and nothing is collected once the pass has taken them.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { watchAddedTags } from '../../../lib/page/techno/added-tags';
import { ADDED_LIMITS } from '../../../lib/core/hints/markup-limits';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchAddedTags', () => {
  it('collects inserted scripts and the tags inside an inserted widget, not other elements', async () => {
    const doc = parseHtml('<html><head></head><body><main></main></body></html>');
    const added = watchAddedTags(doc);
    const script = doc.createElement('script');
    script.setAttribute('src', 'https://static.hotjar.com/c/hotjar-1.js');
    doc.head.appendChild(script);
    const widget = doc.createElement('div');
    widget.appendChild(doc.createElement('p')).textContent = 'Chat';
    widget
      .appendChild(doc.createElement('iframe'))
      .setAttribute('src', 'https://js.driftt.com/widget');
    doc.body.appendChild(widget);
    doc.body.appendChild(doc.createElement('section'));
    await settle();
    const tags = added.take();
    expect(tags).toHaveLength(2);
    expect(tags[0]).toContain('hotjar-1.js');
    expect(tags[1]).toContain('<iframe src="https://js.driftt.com/widget">');

    doc.head.appendChild(doc.createElement('script'));
    await settle();
    expect(added.take()).toEqual([]);
  });

  it('stops at its caps however many tags a page inserts', async () => {
    const doc = parseHtml('<html><head></head><body></body></html>');
    const added = watchAddedTags(doc);
    for (let i = 0; i < ADDED_LIMITS.tags + 50; i++) {
      const script = doc.createElement('script');
      script.textContent = 'x'.repeat(ADDED_LIMITS.one + 10);
      doc.body.appendChild(script);
    }
    await settle();
    const tags = added.take();
    expect(tags.length).toBeLessThanOrEqual(ADDED_LIMITS.tags);
    expect(tags.join('').length).toBeLessThanOrEqual(ADDED_LIMITS.total + ADDED_LIMITS.one);
    expect(Math.max(...tags.map((t) => t.length))).toBeLessThanOrEqual(ADDED_LIMITS.one);
  });
});
