import { describe, expect, it } from 'vitest';
import {
  linkedInCompanyUrl,
  registrableDomain,
  urlFromWebsite,
} from '../../../lib/core/normalize/domain';

const domainOf = (text: string) => {
  const url = urlFromWebsite(text);
  return url && registrableDomain(url);
};

describe('website domains', () => {
  it.each([
    ['http://www.audiense.com', 'audiense.com'],
    [
      'https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Fwww%2Eaudiense%2Ecom&urlhash=7Taq&trk=about_website',
      'audiense.com',
    ],
    ['usemotion.com/teams', 'usemotion.com'],
    ['https://www.usemotion.com/teams', 'usemotion.com'],
    ['https://shop.acme.co.uk/about?x=1', 'acme.co.uk'],
    ['HTTPS://WWW.EXAMPLE.COM/', 'example.com'],
    ['https://acme.myshopify.com/', 'acme.myshopify.com'],
  ])('%s → %s', (text, domain) => {
    expect(domainOf(text)).toBe(domain);
  });

  it.each([
    ['a library name', 'node.js'],
    ['an IP address', 'http://192.168.0.1/'],
    ['an unknown suffix', 'http://intranet.local/'],
    ['a social profile', 'https://www.facebook.com/acme'],
    ['a LinkedIn page', 'https://www.linkedin.com/company/acme'],
    ['text with spaces', 'see our website'],
    ['a mail link', 'mailto:hello@acme.com'],
    ['nothing', ''],
  ])('yields nothing for %s', (_label, text) => {
    expect(domainOf(text)).toBeUndefined();
  });
});

describe('linkedInCompanyUrl', () => {
  it.each([
    ['https://uk.linkedin.com/company/audiense', 'https://uk.linkedin.com/company/audiense'],
    ['https://www.linkedin.com/company/motionapp/', 'https://www.linkedin.com/company/motionapp'],
    [
      'https://www.linkedin.com/company/motionapp/about/?viewAsMember=true',
      'https://www.linkedin.com/company/motionapp',
    ],
    ['/company/acme/', 'https://www.linkedin.com/company/acme'],
  ])('%s → %s', (value, url) => {
    expect(linkedInCompanyUrl(value)).toBe(url);
  });

  it.each([
    'https://www.linkedin.com/in/someone/',
    'https://example.com/company/acme',
    'not a url ::',
  ])('rejects %s', (value) => {
    expect(linkedInCompanyUrl(value)).toBeUndefined();
  });
});
