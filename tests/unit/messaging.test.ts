import { describe, expect, it } from 'vitest';
import { isOwnSender } from '../../lib/messaging/listen';
import { parseMessage } from '../../lib/messaging/protocol';
import { MAX_MARKUP_CHARS } from '../../lib/core/hints/markup-limits';

const self = { id: 'ours', origin: 'chrome-extension://ours/' };
const markup = {
  url: 'https://www.linkedin.com/company/acme/',
  html: '<html><head><title>x</title></head><body></body></html>',
};

describe('message protocol', () => {
  it('accepts a well-formed pageMarkup', () => {
    expect(parseMessage({ type: 'pageMarkup', data: markup })).toEqual({
      type: 'pageMarkup',
      data: markup,
    });
  });

  it.each([
    ['no envelope', 'pageMarkup'],
    ['an unknown type', { type: 'deleteEverything', data: {} }],
    ['a type from the prototype', { type: 'toString', data: {} }],
    ['a malformed page', { type: 'pageMarkup', data: { ...markup, url: 42 } }],
    ['a page without markup', { type: 'pageMarkup', data: { url: markup.url } }],
    [
      'markup past what a page serializes',
      { type: 'pageMarkup', data: { ...markup, html: 'x'.repeat(MAX_MARKUP_CHARS + 1) } },
    ],
    [
      'a probe answer past its cap',
      { type: 'reportTechnologies', data: { url: markup.url, js: { jQuery: 'x'.repeat(1e6) } } },
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
