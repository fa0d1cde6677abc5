// LinkedIn company pages in the layouts LinkedIn shipped since 2017 and in
// its UI languages, from hand-made pages (tests/fixtures/linkedin/, each
// saying what it imitates): what the side panel would show, and that the
// other companies a page or its Voyager payload lists never lend a value.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { readPage } from '../../../lib/dom/read/read-page';
import { normalizePage } from '../../../lib/core/normalize/normalize';
import { readVoyagerCompany } from '../../../lib/dom/read/linkedin-voyager';
import { voyagerFacts } from '../../../lib/core/normalize/linkedin-voyager';
import { employeesFromText } from '../../../lib/core/normalize/employees';
import type { CompanyHints } from '../../../lib/core/hints/page-hints';
import { fixtureDoc, fixtureHtml } from './fixture-pages';

function hintsOf(file: string, url: string) {
  return normalizePage(readPage(fixtureDoc(`linkedin/${file}`), url));
}

const LAYOUTS: [string, string, string, CompanyHints][] = [
  [
    'pre-render shell, normalized Voyager payload in an escaped comment',
    'voyager-shell-normalized.html',
    'https://www.linkedin.com/company/brightwave-analytics/',
    {
      name: 'Brightwave Analytics',
      domain: 'brightwave-analytics.co.uk',
      industry: 'Software Development',
      employees: { min: 51, max: 200 },
      hq: { city: 'Leeds', region: 'ENG', country: 'GB' },
      foundedYear: 2014,
      specialties: ['data pipelines', 'forecasting', 'B2B analytics'],
    },
  ],
  [
    'pre-render shell opened by numeric id, dash Voyager payload',
    'voyager-shell-dash-numeric.html',
    'https://www.linkedin.com/company/7012345/',
    {
      name: 'Maison Lefèvre Logistique',
      domain: 'lefevre-logistique.fr',
      industry: 'Transportation, Logistics, Supply Chain and Storage',
      employees: { min: 201, max: 500 },
      hq: { city: 'Lyon', region: 'ARA', country: 'FR' },
      foundedYear: 1978,
    },
  ],
  [
    '2018 org-top-card / org-about-company-module, German UI',
    'org-top-card-2018-de.html',
    'https://de.linkedin.com/company/kiefer-datenwerk/',
    {
      name: 'Kiefer Datenwerk GmbH',
      domain: 'kiefer-datenwerk.de',
      industry: 'Maschinenbau',
      employees: { min: 1001, max: 5000 },
      hq: { city: 'Stuttgart', region: 'BW', country: 'DE' },
      foundedYear: 1899,
      specialties: ['Sensorik', 'Zustandsüberwachung', 'Industriesoftware'],
    },
  ],
  [
    '2021 signed-in about tab, French UI',
    'about-2021-fr.html',
    'https://fr.linkedin.com/company/maison-lefevre-logistique/about/',
    {
      name: 'Maison Lefèvre Logistique',
      domain: 'lefevre-logistique.fr',
      employees: { min: 201, max: 500 },
      hq: { city: 'Lyon', region: 'ARA', country: 'FR' },
      foundedYear: 1978,
    },
  ],
  [
    'signed-out guest page, Spanish UI',
    'guest-es.html',
    'https://es.linkedin.com/company/talleres-iberico-norte',
    {
      name: 'Talleres Ibéricos Norte',
      domain: 'talleres-norte.es',
      industry: 'Fabricación de maquinaria',
      employees: { min: 1001, max: 5000 },
      hq: { city: 'Bilbao', region: 'PV', country: 'ES' },
      foundedYear: 1985,
    },
  ],
];

describe('LinkedIn company layouts', () => {
  it.each(LAYOUTS)('%s', (_layout, file, url, expected) => {
    const hints = hintsOf(file, url);
    expect(hints.kind).toBe('linkedin-company');
    expect(hints.company).toMatchObject(expected);
  });
});

/** Every other company's values in the fixture payloads and sidebars. */
const OTHERS: [string, string, { names: string[]; values: string[]; sizes: number[] }][] = [
  [
    'voyager-shell-normalized.html',
    'https://www.linkedin.com/company/brightwave-analytics/',
    {
      names: ['Northgate Capital Partners', 'Brightwave Analytics Labs', 'Kiefer Datenwerk GmbH'],
      values: [
        'Financial',
        'Information Technology',
        'Maschinenbau',
        'US',
        'IN',
        'DE',
        'northgate',
        'labs',
        'kiefer',
      ],
      sizes: [10001, 2, 10, 1001, 5000],
    },
  ],
  [
    'voyager-shell-dash-numeric.html',
    'https://www.linkedin.com/company/7012345/',
    {
      names: ['Grand Marché Distribution', 'Seven Holding'],
      values: ['Retail', 'ES', 'IT', 'grandmarche', 'seven'],
      sizes: [10001, 11, 50],
    },
  ],
  [
    'org-top-card-2018-de.html',
    'https://de.linkedin.com/company/kiefer-datenwerk/',
    { names: [], values: ['Finanzdienstleistungen', 'New York', 'US'], sizes: [10001, 1318] },
  ],
  [
    'about-2021-fr.html',
    'https://fr.linkedin.com/company/maison-lefevre-logistique/about/',
    { names: ['Grand Marché Distribution'], values: ['Commerce de détail'], sizes: [10001, 412] },
  ],
  [
    'guest-es.html',
    'https://es.linkedin.com/company/talleres-iberico-norte',
    { names: [], values: ['Comercio minorista'], sizes: [10001, 1742] },
  ],
];

describe('values of the other companies on the page', () => {
  it.each(OTHERS)('are never taken on %s', (file, url, others) => {
    const company = hintsOf(file, url).company ?? {};
    const { employees, hq, industry, name, domain } = company;
    for (const other of others.names) expect(name).not.toBe(other);
    for (const value of others.values) {
      expect([industry, hq?.country, domain].some((v) => v?.includes(value))).toBe(false);
    }
    for (const size of others.sizes) {
      expect([employees?.min, employees?.max]).not.toContain(size);
    }
  });

  it('takes no company when the URL names none of the payload’s', () => {
    const doc = fixtureDoc('linkedin/voyager-shell-normalized.html');
    expect(readVoyagerCompany(doc, 'brightwave')).toBeUndefined();
    expect(readVoyagerCompany(doc, '9000009')).toBeUndefined();
  });

  it('takes each company of the payload only on its own page', () => {
    const doc = fixtureDoc('linkedin/voyager-shell-normalized.html');
    const cases: [string, string, string][] = [
      ['northgate-capital-partners', 'Northgate Capital Partners', '10001+'],
      ['brightwave-analytics-labs', 'Brightwave Analytics Labs', '2-10'],
      ['9000003', 'Kiefer Datenwerk GmbH', '1001-5000'],
    ];
    for (const [id, name, size] of cases) {
      const embedded = readVoyagerCompany(doc, id);
      expect(embedded, id).toBeDefined();
      const facts = voyagerFacts(embedded!);
      expect(facts.name?.value).toBe(name);
      expect(facts.size?.value).toBe(size);
    }
  });
});

describe('Voyager payloads', () => {
  const shell = (payload: string, wrap = (s: string) => s) =>
    parseHtml(`<html><body><code style="display: none">${wrap(payload)}</code></body></html>`);
  const company = {
    $type: 'com.linkedin.voyager.organization.Company',
    entityUrn: 'urn:li:fs_normalized_company:42',
    universalName: 'acme',
    name: 'Acme',
    staffCount: 87,
  };

  it('reads a payload written as text or inside a comment', () => {
    const json = JSON.stringify({ included: [company] });
    const escaped = json.replaceAll('"', '&quot;');
    expect(readVoyagerCompany(shell(escaped), 'acme')).toBeDefined();
    expect(
      readVoyagerCompany(
        shell(escaped, (s) => `<!--${s}-->`),
        'acme',
      ),
    ).toBeDefined();
  });

  it('never reads staffCount (members on LinkedIn) as the size', () => {
    const embedded = readVoyagerCompany(shell(JSON.stringify({ included: [company] })), 'acme');
    expect(voyagerFacts(embedded!).size).toBeUndefined();
  });

  it('skips broken and unrelated blocks', () => {
    const doc = parseHtml(
      `<html><body><code>{"included": [</code><code>acme</code><code>${JSON.stringify({
        included: [company],
      })}</code></body></html>`,
    );
    expect(voyagerFacts(readVoyagerCompany(doc, 'acme')!).name?.value).toBe('Acme');
  });

  it('reads nothing from an embedded value that is not an entity', () => {
    expect(voyagerFacts({ value: '[1,2]', evidence: 'x' })).toEqual({});
    expect(voyagerFacts({ value: '{"name": 3', evidence: 'x' })).toEqual({});
  });

  it('decodes entities left in strings and keeps an open range open', () => {
    const facts = voyagerFacts({
      value: JSON.stringify({ name: 'Smith &amp; Sons', staffCountRange: { start: 10001 } }),
      evidence: 'x',
    });
    expect(facts.name?.value).toBe('Smith & Sons');
    expect(facts.size?.value).toBe('10001+');
  });

  it('says in each hand-made page that it is hand-made and what it imitates', () => {
    for (const [, file] of LAYOUTS) {
      expect(fixtureHtml(`linkedin/${file}`)).toMatch(/^<!-- Hand-made for ICP Lens[^]*?Imitates/);
    }
  });
});

describe('about-section labels in seven UI languages', () => {
  const LABELS: [string, string, string, string, string, string][] = [
    ['en', 'Industry', 'Company size', 'Headquarters', 'Founded', '11-50 employees'],
    ['de', 'Branche', 'Unternehmensgröße', 'Hauptsitz', 'Gegründet', '11–50 Beschäftigte'],
    ['fr', 'Secteur', 'Taille de l’entreprise', 'Siège social', 'Fondée en', '11-50 employés'],
    ['es', 'Sector', 'Tamaño de la empresa', 'Sede', 'Fundación', '11-50 empleados'],
    ['pt', 'Setor', 'Tamanho da empresa', 'Sede', 'Fundada em', '11-50 funcionários'],
    [
      'it',
      'Settore',
      'Dimensioni dell’azienda',
      'Sede principale',
      'Fondata nel',
      '11-50 dipendenti',
    ],
    ['nl', 'Branche', 'Bedrijfsgrootte', 'Hoofdkantoor', 'Opgericht', '11-50 medewerkers'],
  ];

  it.each(LABELS)('%s', (_lang, industry, size, hq, founded, sizeText) => {
    const html = `<html><body><main><h1>Acme</h1><dl>
      <dt>${industry}</dt><dd>Software Development</dd>
      <dt>${size}</dt><dd>${sizeText}</dd><dd>9 on LinkedIn</dd>
      <dt>${hq}</dt><dd>Porto, Porto</dd>
      <dt>Type</dt><dd>2020</dd>
      <dt>${founded}</dt><dd>2011</dd>
    </dl></main></body></html>`;
    const hints = normalizePage(
      readPage(parseHtml(html), 'https://www.linkedin.com/company/acme/'),
    );
    expect(hints.company).toMatchObject({
      industry: 'Software Development',
      employees: { min: 11, max: 50 },
      foundedYear: 2011,
    });
    expect(hints.evidence['company.hq']).toContain('Porto');
  });

  it.each([
    '87 employees on LinkedIn',
    '1.318 Mitarbeiter auf LinkedIn',
    '412 membres sur LinkedIn',
    '1.742 empleados en LinkedIn',
    '98 funcionários no LinkedIn',
    '55 dipendenti su LinkedIn',
    '61 medewerkers op LinkedIn',
  ])('a member count is never a size: %s', (text) => {
    expect(employeesFromText(text)).toBeUndefined();
  });

  it('reads the top card in any language: range as size, followers and bare counts skipped', () => {
    const html = `<html><body><main><h1>Acme</h1>
      <div class="org-top-card-summary-info-list__info-item">Maschinenbau</div>
      <div class="org-top-card-summary-info-list__info-item">Stuttgart, Baden-Württemberg</div>
      <div class="org-top-card-summary-info-list__info-item">4.211 Follower</div>
      <div class="org-top-card-summary-info-list__info-item">1.318 Mitarbeiter</div>
      <div class="org-top-card-summary-info-list__info-item">1.001–5.000 Beschäftigte</div>
    </main></body></html>`;
    const raw = readPage(parseHtml(html), 'https://de.linkedin.com/company/acme/');
    expect(raw.company).toMatchObject({
      industry: { value: 'Maschinenbau' },
      hq: { value: 'Stuttgart, Baden-Württemberg' },
      size: { value: '1.001–5.000 Beschäftigte' },
    });
  });
});
