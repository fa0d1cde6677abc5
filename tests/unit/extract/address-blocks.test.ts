// Issue 14 item 3: the seat a company's own site states in an address block
// of its body (header, product details, contact box), the owner's structured
// address that names no country, and a text sample that indentation cannot
// use up. Pages here are written for the rule, not copied from the corpus.

import { describe, expect, it } from 'vitest';
import { ADDRESS_BLOCK } from '../../../lib/core/hints/raw-page';
import { seatFromSmallPrint } from '../../../lib/core/normalize/seat';
import { extractPage } from '../../../lib/node/extract-page';
import { parseHtml } from '../../../lib/node/parse-html';
import { sampleLines } from '../../../lib/dom/read/page-text';

const block = (value: string) => [{ value, evidence: ADDRESS_BLOCK }];

describe('an address block of the page body', () => {
  it.each([
    [
      'Acme Maschinenbau GmbH – Hauptstraße 5 – 10115 Berlin',
      'www.acme-maschinenbau.de',
      'DE',
      true,
    ],
    [
      'Prodotto per – Rossi Caffè S.p.A. – Via Roma, 1 – 20121 Milano – Italia',
      'rossicaffe.com',
      'IT',
      false,
    ],
    ['Müller Bau GmbH – Ringstraße 3 – A-1010 Wien', 'www.mueller-bau.com', 'AT', false],
    [
      'Jansen Installatie B.V. – Keizersgracht 1 – 1015 CS Amsterdam – Nederland',
      'jansen-installatie.com',
      'NL',
      false,
    ],
    [
      'Kontakt – Bergführer Zürich AG – Seestrasse 8 – 8002 Zürich',
      'bergfuehrer-zuerich.ch',
      'CH',
      true,
    ],
    ['Hansen Fisk AS – Strandgata 4, 5013 Bergen – Norge', 'hansenfisk.no', 'NO', false],
  ])('reads %j on %s as %s (likely: %s)', (value, host, country, likely) => {
    expect(seatFromSmallPrint(block(value), host)).toMatchObject({ country, likely });
  });

  it.each([
    // A client, a venue or a supplier printed in the body is not the owner.
    ['Kunde: Ostsee Tourismus GmbH – Am Markt 1 – 26721 Emden', 'www.von-der-see.de'],
    ['Messe Frankfurt – Ludwig-Erhard-Anlage 1 – 60327 Frankfurt – Deutschland', 'acme.nl'],
    // The owner named, but no country and a domain that gives no postal format.
    ['Acme GmbH – Hauptstraße 5 – 10115 Berlin', 'acme.com'],
    // A year is not a postal code.
    ['Acme – Gegründet – 2019 Berlin', 'acme.de'],
  ])('sets no country from %j on %s', (value, host) => {
    expect(seatFromSmallPrint(block(value), host)).toBeUndefined();
  });

  it('is read from a header address on a whole page, as likely', () => {
    const html = `<html><body><header><p>Werbeagentur Nordlicht GmbH<br>Am Hafen 24, 26721 Emden<br>
      Tel. 04921 1234</p></header><main><h1>Design</h1><p>Wir gestalten.</p></main></body></html>`;
    const hints = extractPage(parseHtml(html), 'https://nordlicht-werbung.de/design/');
    expect(hints.company?.hq).toEqual({ country: 'DE' });
    expect(hints.evidence['company.hq']).toMatch(/likely: postal code.*26721 Emden/);
  });

  it('keeps no seat from a client’s address in a case study', () => {
    const html = `<html><body><main><h2>Referenz</h2><p>Ostsee Tourismus GmbH</p>
      <p>Am Markt 1</p><p>26721 Emden</p></main><footer>© 2024 Nordlicht</footer></body></html>`;
    const hints = extractPage(parseHtml(html), 'https://nordlicht-werbung.de/referenzen/');
    expect(hints.company?.hq).toBeUndefined();
  });
});

describe('the owner’s structured address with no country', () => {
  const page = (locality: string, postalCode?: string) =>
    parseHtml(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'Organization',
        name: 'Alpenglück',
        url: 'https://www.alpenglueck.ch/',
        address: { '@type': 'PostalAddress', addressLocality: locality, postalCode },
      })}</script>`,
    );

  it.each([
    ['8606 Nänikon', undefined],
    ['Nänikon', '8606'],
  ])('reads locality %j, postal code %j on a .ch site as likely CH', (locality, postal) => {
    const hints = extractPage(page(locality, postal), 'https://www.alpenglueck.ch/blog/x');
    expect(hints.company?.hq?.country).toBe('CH');
    expect(hints.evidence['company.hq']).toMatch(/likely/);
  });

  it('sets no country where the domain gives no postal format', () => {
    const hints = extractPage(page('8606 Nänikon'), 'https://www.alpenglueck.com/blog/x');
    expect(hints.company?.hq?.country).toBeUndefined();
  });
});

describe('the text sample', () => {
  it('is not used up by indentation before the first paragraph', () => {
    const indent = '\n' + ' '.repeat(400);
    const menu = Array.from({ length: 200 }, () => `${indent}<div>${indent}</div>`).join('');
    const doc = parseHtml(
      `<html><body>${menu}<p>Acme株式会社（本社：東京都港区1-1）</p></body></html>`,
    );
    expect(sampleLines(doc)).toContain('Acme株式会社（本社：東京都港区1-1）');
  });
});
