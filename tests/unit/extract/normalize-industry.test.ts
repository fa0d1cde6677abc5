// One industry taxonomy: LinkedIn's current names, reached from its former
// names, common synonyms and any casing or "&".

import { describe, expect, it } from 'vitest';
import { canonicalIndustry, industryAncestors } from '../../../lib/node/extract-page.ts';
import { INDUSTRIES, V1_NAMES } from '../../../lib/core/normalize/industries';
import { INDUSTRY_SYNONYMS } from '../../../lib/core/normalize/industry';
import { normalizePage } from '../../../lib/core/normalize/normalize';

const CURRENT = new Set(INDUSTRIES.map(([, name]) => name));

describe('the taxonomy data', () => {
  it('holds LinkedIn’s 434 current industries, each name once, each parent known', () => {
    expect(INDUSTRIES).toHaveLength(434);
    expect(CURRENT.size).toBe(434);
    const ids = new Set(INDUSTRIES.map(([id]) => id));
    for (const [, name, parent] of INDUSTRIES) {
      expect(parent === 0 || ids.has(parent), name).toBe(true);
    }
    expect(INDUSTRIES.filter(([, , parent]) => parent === 0)).toHaveLength(20);
  });

  it('maps every former name and synonym onto a current name', () => {
    const ids = new Set(INDUSTRIES.map(([id]) => id));
    for (const [id, name] of V1_NAMES) expect(ids.has(id), name).toBe(true);
    for (const [synonym, name] of INDUSTRY_SYNONYMS) expect(CURRENT.has(name), synonym).toBe(true);
  });
});

describe('canonicalIndustry', () => {
  it.each([
    ['Software Development', 'Software Development'],
    ['software development', 'Software Development'],
    ['Computer Software', 'Software Development'],
    ['Information Technology and Services', 'IT Services and IT Consulting'],
    ['Information Technology & Services', 'IT Services and IT Consulting'],
    ['Internet', 'Technology, Information and Internet'],
    ['Marketing and Advertising', 'Advertising Services'],
    ['Marketing & Advertising', 'Advertising Services'],
    ['Hospital & Health Care', 'Hospitals and Health Care'],
    ['Computer & Network Security', 'Computer and Network Security'],
    ['Management Consulting', 'Business Consulting and Services'],
    ['Financial Services', 'Financial Services'],
    ['Banking', 'Banking'],
    ['Insurance', 'Insurance'],
    ['Retail', 'Retail'],
    ['Manufacturing', 'Manufacturing'],
    ['Data Infrastructure and Analytics', 'Data Infrastructure and Analytics'],
    ['SaaS', 'Software Development'],
    ['Software', 'Software Development'],
    ['Cybersecurity', 'Computer and Network Security'],
    ['E-commerce', 'Online and Mail Order Retail'],
    ['Fintech', 'Financial Services'],
    ['Media & Telecommunications', 'Media & Telecommunications'],
    ['  Technology,  Information and Internet ', 'Technology, Information and Internet'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalIndustry(name)).toBe(canonical);
  });

  it.each(['Widgets', 'Tech', 'Media', '', 'Renewables & Environment', 'x'.repeat(300)])(
    'knows nothing of %j',
    (name) => {
      expect(canonicalIndustry(name)).toBeUndefined();
    },
  );
});

describe('industryAncestors', () => {
  it('lists the broader industries, nearest first', () => {
    expect(industryAncestors('Computer Software')).toEqual([
      'Technology, Information and Internet',
      'Technology, Information and Media',
    ]);
    expect(industryAncestors('Hospitals and Health Care')).toEqual([]);
    expect(industryAncestors('Widgets')).toEqual([]);
  });
});

describe('the industry a page states', () => {
  const page = (industry: string) =>
    normalizePage({
      url: 'https://www.linkedin.com/company/acme/',
      kind: 'linkedin-company',
      kindEvidence: 'URL path /company/acme',
      company: { industry: { value: industry, evidence: 'dt "Industry"' } },
    });

  it('becomes the current name, and the evidence keeps the words the page used', () => {
    const hints = page('Computer Software');
    expect(hints.company?.industry).toBe('Software Development');
    expect(hints.evidence['company.industry']).toBe(
      'dt "Industry": Computer Software (LinkedIn\'s current name: Software Development)',
    );
  });

  it('stays as stated when the taxonomy does not know it', () => {
    const hints = page('Artisanal Widgets');
    expect(hints.company?.industry).toBe('Artisanal Widgets');
    expect(hints.evidence['company.industry']).toBe('dt "Industry": Artisanal Widgets');
  });
});
