// Issue 14 items 2 and 3: an imprint or legal notice names the company (the
// legal name under its heading) and its register court states the seat, even
// when the imprint stands in the page body rather than the footer.

import { describe, expect, it } from 'vitest';
import { imprintHolder } from '../../../lib/core/owner/site-name';
import { extractPage } from '../../../lib/node/extract-page';
import { parseHtml } from '../../../lib/node/parse-html';

const page = (main: string, footer = '<a href="/impressum/">Impressum</a>') =>
  parseHtml(`<html><head><title>Impressum</title></head><body><main>${main}</main>
    <footer>${footer}</footer></body></html>`);

describe('the legal name under an imprint heading', () => {
  it.each([
    ['Kessler Drucktechnik GmbH', 'Kessler Drucktechnik GmbH'],
    ['Rossi Caffè S.p.A., Via Roma 1', 'Rossi Caffè S.p.A.'],
    ['Northwind Robotics Ltd – 1 High Street', 'Northwind Robotics Ltd'],
    ['Acme, Inc., 1 Main St', 'Acme, Inc.'],
  ])('reads %j as %j', (line, name) => {
    expect(imprintHolder(line)).toBe(name);
  });

  it('takes the first of the lines after the heading with a legal form', () => {
    expect(imprintHolder('Angaben gemäß § 5 DDG ¦ Blauwerk Medien GmbH ¦ Hafenweg 3')).toBe(
      'Blauwerk Medien GmbH',
    );
  });

  it.each([
    ['© 2024 Foo GmbH'],
    ['Copyright Foo AG'],
    ['Stand 2024 Foo GmbH'],
    ['Datenschutz ¦ Kontakt'],
  ])('reads no name from %j', (line) => {
    expect(imprintHolder(line)).toBeUndefined();
  });

  it.each([
    [
      '<h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p><p>Blauwerk Medien GmbH<br>Hafenweg 3</p>',
      'https://www.bw-media.de/impressum/',
      'Blauwerk Medien',
    ],
    [
      '<h2>Legal notice</h2><p>Northwind Robotics Ltd</p><p>1 High Street</p>',
      'https://nwr.io/legal',
      'Northwind Robotics',
    ],
    [
      '<h2>Mentions légales</h2><p>Éditeur du site</p><p>Atelier Lumière SAS</p>',
      'https://www.al-paris.fr/mentions',
      'Atelier Lumière',
    ],
  ])('names the site from its imprint: %s', (main, url, name) => {
    expect(extractPage(page(main), url).company?.name).toBe(name);
  });

  it('takes no name from lines after a footer’s "Impressum" link', () => {
    const doc = page(
      '<p>Willkommen</p>',
      '<ul><li>Impressum</li><li>Datenschutz</li><li>© 2024 Fremdfirma GmbH</li></ul>',
    );
    const hints = extractPage(doc, 'https://www.blauwerk.de/');
    expect(hints.evidence['company.name']).not.toMatch(/^imprint/);
  });
});

describe('a register court in the page body', () => {
  it.each([
    ['<p>Registergericht: Amtsgericht Stuttgart</p><p>HRB 723456</p>'],
    ['<p>Eingetragen beim Amtsgericht Köln unter HRB 12345</p>'],
  ])('states a German seat: %s', (main) => {
    const hints = extractPage(page(main), 'https://www.blauwerk.com/impressum/');
    expect(hints.company?.hq?.country).toBe('DE');
    expect(hints.evidence['company.hq']).toMatch(/legal phrase/);
  });

  it('is not read from a court named in prose', () => {
    const main = '<p>Das Amtsgericht München hat in einem Urteil entschieden, dass …</p>';
    const hints = extractPage(page(main), 'https://www.blauwerk.com/blog/urteil/');
    expect(hints.company?.hq?.country).toBeUndefined();
  });
});
