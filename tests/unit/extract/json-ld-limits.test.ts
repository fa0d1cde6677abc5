// JSON-LD built to hurt the reader (issue #8): blocks full of typed nodes,
// blocks just under the size cap, more of them than anyone needs. The work
// stays bounded, and the page's own Organization is still found after them.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { readJsonLd } from '../../../lib/dom/read/json-ld';

const ld = (value: unknown) =>
  `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;

const acme = {
  '@type': 'Organization',
  name: 'Acme Robotics',
  url: 'https://www.acme-robotics.com/',
};

/** A block of typed nodes of about `chars` characters, none of them a site owner. */
function crowd(chars: number, prefix = 'n'): string {
  const graph: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    const node = JSON.stringify({
      '@type': 'Organization',
      '@id': `#${prefix}${i}`,
      name: `Node ${i}`,
    });
    graph.push(node);
    length += node.length + 1;
  }
  return ld(`{"@graph":[${graph.join(',')}]}`);
}

const page = (blocks: string[]) =>
  parseHtml(`<html><head><title>Acme</title>${blocks.join('')}</head><body></body></html>`);

afterEach(() => vi.restoreAllMocks());

describe('JSON-LD limits', () => {
  it('finds the Organization after a block of thousands of typed nodes', () => {
    const hints = extractPage(page([crowd(150_000), ld(acme)]), 'http://127.0.0.1:8080/');
    expect(hints.kind).toBe('website');
    expect(hints.company).toMatchObject({ name: 'Acme Robotics', domain: 'acme-robotics.com' });
  });

  it('keeps at most 100 nodes and 100 ids of one block', () => {
    const read = readJsonLd(page([crowd(150_000), ld(acme)]));
    expect(read.nodes).toHaveLength(101);
    expect(read.nodes.at(-1)).toMatchObject({ name: 'Acme Robotics' });
    expect(read.byId.size).toBe(100);
  });

  it('parses at most 1,000,000 characters in all, and still reads a small block after them', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const blocks = Array.from({ length: 12 }, (_, i) => crowd(190_000, `b${i}-`));
    const read = readJsonLd(page([...blocks, ld(acme)]));
    const parsed = parse.mock.calls.reduce((n, [text]) => n + String(text).length, 0);
    expect(parsed).toBeLessThanOrEqual(1_000_000);
    expect(parsed).toBeGreaterThan(900_000);
    expect(read.nodes.at(-1)).toMatchObject({ name: 'Acme Robotics' });
  });

  it('reads no more than 20 blocks', () => {
    const blocks = Array.from({ length: 20 }, (_, i) =>
      ld({ '@type': 'Thing', name: `Block ${i}` }),
    );
    expect(readJsonLd(page([...blocks, ld(acme)])).nodes).toHaveLength(20);
  });
});
