// The reader's work is bounded by construction, whatever the page: prose is
// read from a capped sample, and every list it sends is capped. (Time is
// measured in the bench, not here.)

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { readPage } from '../../../lib/node/extract-page.ts';
import { sampleLines, TEXT_SAMPLE } from '../../../lib/dom/read/page-text';
import { RAW_LIMITS } from '../../../lib/core/hints/raw-page';

const site = (body: string, path = '/') =>
  readPage(
    parseHtml(
      `<!DOCTYPE html><html><head><meta property="og:site_name" content="Acme Analytics"></head><body>${body}</body></html>`,
    ),
    `https://www.acme-analytics.com${path}`,
  );

describe('the text sample', () => {
  it('holds at most its cap of characters, in lines of at most its cap, from a 20 MB text node', () => {
    const doc = parseHtml(
      `<!DOCTYPE html><html><body><p>${'word '.repeat(4_000_000)}</p><p>We’re hiring</p></body></html>`,
    );
    const lines = sampleLines(doc);
    const chars = lines.reduce((n, line) => n + line.length, 0);
    expect(chars).toBeLessThanOrEqual(TEXT_SAMPLE.chars);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(TEXT_SAMPLE.line);
    expect(lines.join(' ')).not.toContain('hiring');
  });

  it('visits at most its cap of nodes', () => {
    const many = '<span>a</span>'.repeat(TEXT_SAMPLE.nodes);
    const lines = sampleLines(
      parseHtml(`<!DOCTYPE html><html><body><p>${many}</p><p>tail</p></body></html>`),
    );
    expect(lines.join('')).not.toContain('tail');
  });

  it('leaves out forms, asides, quotes, testimonials and hidden blocks', () => {
    const lines = sampleLines(
      parseHtml(`<!DOCTYPE html><html><body><p>kept</p>
        <form><p>form</p></form><aside>aside</aside><blockquote>quote</blockquote>
        <div class="customer-testimonial">testimonial</div><div hidden>hidden</div>
        <script>script</script><style>style</style></body></html>`),
    );
    expect(lines).toEqual(['kept']);
  });

  it('means a statement past the sample is never read', () => {
    const filler = `<p>${'Lorem ipsum dolor sit amet. '.repeat(2_500)}</p>`;
    expect(site(`${filler}<p>We’re hiring</p>`).signals).toBeUndefined();
    expect(site(`<p>We’re hiring</p>${filler}`).signals).toHaveLength(1);
  });
});

describe('what the reader sends', () => {
  it('caps signals and statements', () => {
    const many = Array.from(
      { length: 100 },
      (_, i) =>
        `<p>We’re hiring for ${i} teams. Acme Analytics raised a $${i + 1}M Series A. We are a team of ${i + 10}.</p>`,
    ).join('');
    const raw = site(many, '/about');
    expect(raw.signals?.length).toBeLessThanOrEqual(RAW_LIMITS.signals);
    expect(raw.company?.statements?.length).toBeLessThanOrEqual(RAW_LIMITS.statements);
  });
});
