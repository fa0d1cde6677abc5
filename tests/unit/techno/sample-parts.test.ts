import { describe, expect, it } from 'vitest';
import { styleBlocks, visibleText } from '../../../lib/extension/worker/techno/sample-parts';

describe('visibleText', () => {
  it('keeps what a visitor reads, not the head, code, styles or comments', () => {
    const html =
      '<html><head><title>Title</title></head><body><header>Top</header><script>var DHL=1</script>' +
      '<style>.UPS{}</style><!-- GLS --><p>Ship&nbsp;with&#32;DHL &amp; UPS</p></body></html>';
    expect(visibleText(html)).toBe('Top Ship with DHL & UPS');
  });
});

describe('styleBlocks', () => {
  it('joins the contents of style elements', () => {
    expect(styleBlocks('<style>.a{}</style><p>.b{}</p><style media="x">.c{}</style>')).toBe(
      '.a{}\n.c{}',
    );
  });
});
