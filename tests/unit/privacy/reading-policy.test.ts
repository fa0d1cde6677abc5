import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READING_SETTINGS,
  autoMatches,
  hostMatches,
  mayRead,
  parsePatternList,
  readingState,
  withPaused,
  type ReadingSettings,
} from '../../../lib/core/privacy/reading-policy';

const settings = (over: Partial<ReadingSettings> = {}): ReadingSettings => ({
  ...DEFAULT_READING_SETTINGS,
  ...over,
});

describe('hostMatches', () => {
  it('matches a domain and its subdomains, not look-alikes', () => {
    expect(hostMatches('acme.com', 'acme.com')).toBe(true);
    expect(hostMatches('eu.app.acme.com', 'acme.com')).toBe(true);
    expect(hostMatches('notacme.com', 'acme.com')).toBe(false);
    expect(hostMatches('acme.com.evil.io', 'acme.com')).toBe(false);
  });

  it('reads * as any run of characters and a-b as a numeric label range', () => {
    expect(hostMatches('www.mybank.co.uk', '*bank*')).toBe(true);
    expect(hostMatches('intranet.corp.local', '*.local')).toBe(true);
    expect(hostMatches('172.20.3.4', '172.16-31.*')).toBe(true);
    expect(hostMatches('172.32.3.4', '172.16-31.*')).toBe(false);
    expect(hostMatches('10.0.0.1', '10.*')).toBe(true);
    expect(hostMatches('100.0.0.1', '10.*')).toBe(false);
  });

  it('ignores an empty pattern', () => {
    expect(hostMatches('acme.com', '  ')).toBe(false);
  });
});

describe('readingState', () => {
  it('reads company sites and LinkedIn in the default mode', () => {
    expect(readingState('https://acme.com/about', settings())).toBe('read');
    expect(readingState('https://www.linkedin.com/company/acme/', settings())).toBe('read');
  });

  it('keeps webmail, banking, private hosts and browser pages out by default', () => {
    for (const url of [
      'https://mail.google.com/mail/u/0/',
      'https://online.examplebank.com/login',
      'http://localhost:3000/',
      'http://192.168.1.1/',
      'http://172.16.0.9/',
    ])
      expect(readingState(url, settings()), url).toBe('never-read');
    expect(readingState('chrome://settings', settings())).toBe('browser-page');
    expect(readingState('https://chromewebstore.google.com/x', settings())).toBe('browser-page');
  });

  it('reads LinkedIn alone automatically in the middle mode, nothing in the narrowest', () => {
    const middle = settings({ mode: 'linkedin-auto' });
    expect(readingState('https://www.linkedin.com/company/acme/', middle)).toBe('read');
    expect(readingState('https://acme.com/', middle)).toBe('on-click');
    const click = settings({ mode: 'click' });
    expect(readingState('https://www.linkedin.com/company/acme/', click)).toBe('on-click');
  });

  it('says paused for a paused site, and never-read wins over paused', () => {
    expect(readingState('https://www.acme.com/', settings({ paused: ['acme.com'] }))).toBe(
      'paused',
    );
    expect(
      readingState('https://mail.google.com/', settings({ paused: ['mail.google.com'] })),
    ).toBe('never-read');
  });
});

describe('mayRead', () => {
  it('lets a click read a paused or out-of-mode site', () => {
    const paused = settings({ paused: ['acme.com'] });
    expect(mayRead('https://acme.com/', paused)).toBe(false);
    expect(mayRead('https://acme.com/', paused, { clicked: true })).toBe(true);
    expect(mayRead('https://acme.com/', settings({ mode: 'click' }), { clicked: true })).toBe(true);
  });

  it('reads a never-read host only on a click that was confirmed', () => {
    const url = 'https://mail.google.com/';
    expect(mayRead(url, settings(), { clicked: true })).toBe(false);
    expect(mayRead(url, settings(), { clicked: true, confirmed: true })).toBe(true);
  });

  it('never reads a browser page', () => {
    expect(mayRead('about:blank', settings(), { clicked: true, confirmed: true })).toBe(false);
  });
});

describe('lists and modes', () => {
  it('pauses a site once and resumes it', () => {
    expect(withPaused(withPaused([], 'acme.com', true), 'acme.com', true)).toEqual(['acme.com']);
    expect(withPaused(['acme.com', 'b.io'], 'acme.com', false)).toEqual(['b.io']);
  });

  it('parses one pattern a line without blanks, comments or repeats', () => {
    expect(parsePatternList('Acme.com\n\n# intranet\nwiki.corp # ours\nacme.com')).toEqual([
      'acme.com',
      'wiki.corp',
    ]);
  });

  it('registers automatic scripts only where the mode reads automatically', () => {
    expect(autoMatches('auto')).toEqual(['http://*/*', 'https://*/*']);
    expect(autoMatches('linkedin-auto')).toEqual(['https://*.linkedin.com/*']);
    expect(autoMatches('click')).toEqual([]);
  });
});
