// Issue 14: who owns a page (host data, one test per entry), the name an own
// site gives itself, and the seat its small print states.

import { describe, expect, it } from 'vitest';
import {
  MEDIA_HOSTS,
  OWN_SUBDOMAINS,
  PLATFORM_HOSTS,
  USER_SITE_HOSTS,
} from '../../../lib/core/owner/known-hosts';
import { servedForSomeoneElse } from '../../../lib/core/owner/host-owner';
import { copyrightHolder, makerName, siteName } from '../../../lib/core/owner/site-name';
import { displayName } from '../../../lib/core/normalize/company-name';
import { seatFromSmallPrint } from '../../../lib/core/normalize/seat';

const host = (entry: string) => (entry.endsWith('.*') ? `${entry.slice(0, -2)}.de` : entry);

describe('host data', () => {
  it.each(USER_SITE_HOSTS.map((e) => [e]))("%s: a user's subdomain is someone else's", (entry) => {
    expect(servedForSomeoneElse(new URL(`https://someone.${host(entry)}/post`))).toMatch(/user/);
  });
  it.each(PLATFORM_HOSTS.map((e) => [e]))(
    '%s: a page about someone else is the platform’s, its home page its own',
    (entry) => {
      expect(servedForSomeoneElse(new URL(`https://${host(entry)}/someone/post`))).toBeDefined();
      expect(servedForSomeoneElse(new URL(`https://${host(entry)}/`))).toBeUndefined();
    },
  );
  it.each(MEDIA_HOSTS.map((e) => [e]))('%s: an article is the publisher’s report', (entry) => {
    expect(servedForSomeoneElse(new URL(`https://www.${entry}/2024/01/story`))).toMatch(/media/);
  });
  it.each([...OWN_SUBDOMAINS].map((e) => [e]))('%s.gitlab.com is GitLab’s own', (sub) => {
    expect(servedForSomeoneElse(new URL(`https://${sub}.gitlab.com/x/y`))).toBeUndefined();
  });
  it('leaves any other domain to its owner', () => {
    expect(servedForSomeoneElse(new URL('https://www.lidl.de/c/x'))).toBeUndefined();
  });
});

describe('site names', () => {
  it.each([
    ['© 2016 TORALIN. All Rights Reserved.', 'TORALIN'],
    ['© 2019: G. & L. Hoppe', 'G. & L. Hoppe'],
    ['© ROSNEFT, 2017', 'ROSNEFT'],
    ['© 1996–2020 comparis.ch AG, Birmensdorferstrasse 108, 8003 Zürich', 'comparis.ch AG'],
    ['© Copyright 2021 Silkes Weinkeller GmbH. Alle Rechte vorbehalten.', 'Silkes Weinkeller GmbH'],
    ['Copyright 2022 ', undefined],
  ])('reads the holder of %s', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it('prefers a site name that fits the host, and names a site by its domain last', () => {
    const clues = [{ value: 'Home | Globex Labs', evidence: 'meta twitter:title' }];
    expect(siteName(clues, 'globexlabs.io')?.value).toBe('Globex Labs');
    const none = siteName([], 'www.parallels.com');
    expect(none).toEqual({
      value: 'Parallels',
      evidence: 'domain label of www.parallels.com (low confidence)',
    });
  });

  it('reads a logo that links home, and a publication’s maker', () => {
    const clues = [{ value: 'Lidl Logo Deutschland', evidence: 'logo alt' }];
    expect(siteName(clues, 'www.lidl.de')?.value).toBe('Lidl');
    expect(makerName('Silkes Weinblatt by Silkes Weinkeller', 'www.silkes-weinkeller.de')).toBe(
      'Silkes Weinkeller',
    );
  });

  it.each([
    ['Bächli Bergsport AG', 'Bächli Bergsport'],
    ['ebrosia GmbH + Co. KG', 'ebrosia'],
    ['Luigi Lavazza S.p.A.', 'Luigi Lavazza'],
    ['サンワサプライ株式会社', 'サンワサプライ'],
    ['TOPICSEED LIMITED', 'TOPICSEED'],
    ['GitLab Inc.', 'GitLab'],
    ['AG', 'AG'],
  ])('shows %s as %s', (name, shown) => {
    expect(displayName(name)).toBe(shown);
  });
});

describe('the seat in the small print', () => {
  const lines = (...values: string[]) =>
    values.map((value) => ({ value, evidence: 'small print' }));
  it.each([
    [['Operated by X LIMITED, a company registered in England & Wales'], 'shop.example.com', 'GB'],
    [['Meander 151', '6825 MB Arnhem', 'Niederlande'], 'www.toralin.de', 'NL'],
    [['CH-6300 Zug - Schweiz'], 'www.goodform.ch', 'CH'],
    [['© 2021 Dussmann | Friedrichstraße 90 | D - 10117 Berlin'], 'www.kulturkaufhaus.de', 'DE'],
    [['Juval 2, I-39020 Kastelbell-Tschars'], 'www.schlosswirtjuval.it', 'IT'],
    [['Registergericht: Amtsgericht München HRB 1'], 'acme.com', 'DE'],
    [['P.IVA 01234567890'], 'acme.com', 'IT'],
    [['サンワサプライ株式会社（本社：岡山市北区田町1-10-1）'], 'www.sanwa.co.jp', 'JP'],
  ])('reads %j on %s as %s', (values, host, country) => {
    expect(seatFromSmallPrint(lines(...values), host)).toMatchObject({ country, likely: false });
  });

  it('reads a postal code in the domain’s own format as likely', () => {
    const seat = seatFromSmallPrint(lines('Eckleinjarten 6 * 27580 Bremerhaven'), 'buero-hoppe.de');
    expect(seat).toMatchObject({ country: 'DE', likely: true });
    expect(seat?.evidence).toMatch(/^likely/);
  });

  it.each([
    [['© 2016 TORALIN. All Rights Reserved.'], 'toralin.no'],
    [['Nr. 1 in der Schweiz für Design', 'Seit 2008'], 'goodform.de'],
    [['27580 Bremerhaven'], 'acme.com'],
    [['Tel. +49 30 1234567'], 'acme.de'],
  ])('sets no country from %j on %s', (values, host) => {
    expect(seatFromSmallPrint(lines(...values), host)).toBeUndefined();
  });
});

describe('a structured address in the site’s language', () => {
  it('reads addressCountry "Deutschland" as DE', async () => {
    const { locationFromAddress } = await import('../../../lib/core/normalize/location');
    expect(
      locationFromAddress({ locality: 'Heidelberg', country: 'Deutschland', evidence: 'x' }),
    ).toEqual({ city: 'Heidelberg', country: 'DE' });
  });
});

describe('JSON-LD wrapped in a bare CDATA section (Nuxt, vue-meta)', () => {
  it('is read like any other block', async () => {
    const { extractPage } = await import('../../../lib/node/extract-page');
    const { parseHtml } = await import('../../../lib/node/parse-html');
    const html = `<script type="application/ld+json">
      <![CDATA[
      {"@type":"Organization","name":"GitLab","url":"https://about.gitlab.com","address":{"@type":"PostalAddress","addressCountry":"USA"}}
      ]]>
    </script>`;
    const hints = extractPage(parseHtml(html), 'https://about.gitlab.com/blog/x/');
    expect(hints.company).toMatchObject({ name: 'GitLab', hq: { country: 'US' } });
  });
});
