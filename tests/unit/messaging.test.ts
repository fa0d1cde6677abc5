import { describe, expect, it } from 'vitest';
import { isOwnSender } from '../../lib/messaging/listen';
import { parseMessage } from '../../lib/messaging/protocol';
import { readPage } from '../../lib/node/extract-page.ts';
import { parseHtml } from '../../lib/node/parse-html';

const self = { id: 'ours', origin: 'chrome-extension://ours/' };
const rawPage = readPage(
  parseHtml('<html><head><title>x</title></head><body></body></html>'),
  'https://www.linkedin.com/company/acme/',
);

describe('message protocol', () => {
  it('accepts a well-formed pageRead', () => {
    expect(parseMessage({ type: 'pageRead', data: { page: rawPage } })).toEqual({
      type: 'pageRead',
      data: { page: rawPage },
    });
  });

  it.each([
    ['no envelope', 'pageRead'],
    ['an unknown type', { type: 'deleteEverything', data: {} }],
    ['a type from the prototype', { type: 'toString', data: {} }],
    ['a malformed page', { type: 'pageRead', data: { page: { url: 42 } } }],
    [
      'a page with an unknown kind',
      { type: 'pageRead', data: { page: { ...rawPage, kind: 'admin' } } },
    ],
    [
      'an oversized field',
      {
        type: 'pageRead',
        data: {
          page: { ...rawPage, company: { name: { value: 'x'.repeat(1e6), evidence: 'h1' } } },
        },
      },
    ],
  ])('drops %s', (_name, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  it('hears only this extension’s content scripts and pages', () => {
    expect(isOwnSender({ id: 'ours', tab: { id: 4 } as never }, self)).toBe(true);
    expect(isOwnSender({ id: 'ours', url: 'chrome-extension://ours/sidepanel.html' }, self)).toBe(
      true,
    );
    expect(isOwnSender({ id: 'other', tab: { id: 4 } as never }, self)).toBe(false);
    expect(isOwnSender({ id: 'ours', url: 'https://evil.example/' }, self)).toBe(false);
    expect(isOwnSender({ url: 'chrome-extension://ours/x.html' }, self)).toBe(false);
  });
});
