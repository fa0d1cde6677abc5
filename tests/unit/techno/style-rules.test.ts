import { describe, expect, it } from 'vitest';
import { styleRules } from '../../../lib/page/techno/style-rules';
import { SIGNAL_CAPS } from '../../../lib/core/hints/page-signals';

/** A document with the given sheets; `null` is a cross-origin sheet, whose rules throw. */
function docWith(sheets: (string[] | null)[]): Document {
  const styleSheets = sheets.map((rules) => ({
    get cssRules() {
      if (rules === null) throw new DOMException('cross-origin', 'SecurityError');
      return rules.map((cssText) => ({ cssText }));
    },
  }));
  return { styleSheets } as unknown as Document;
}

describe('styleRules', () => {
  it('reads same-origin sheets and skips the ones the browser will not show', () => {
    expect(styleRules(docWith([['.a { --tw-ring: 1px; }'], null, ['.b { color: red; }']]))).toBe(
      '.a { --tw-ring: 1px; }\n.b { color: red; }\n',
    );
  });

  it('stops at its caps on rules and characters', () => {
    const many = Array.from({ length: SIGNAL_CAPS.cssRules + 50 }, (_, i) => `.r${i}{}`);
    expect(
      styleRules(docWith([many]))
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(SIGNAL_CAPS.cssRules);
    const long = ['x'.repeat(SIGNAL_CAPS.css * 2), '.after{}'];
    expect(styleRules(docWith([long]))).toHaveLength(SIGNAL_CAPS.css);
  });

  it('reads nothing from a document without style sheets', () => {
    expect(styleRules({} as Document)).toBe('');
  });
});
