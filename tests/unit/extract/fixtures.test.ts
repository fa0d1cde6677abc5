// The specification of extraction: each saved page, its URL, and exactly
// what a person reads off it (tests/fixtures/fixtures.json).

import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import type { CompanyHints } from '../../../lib/extract/page-hints';
import { pageHintsSchema } from '../../../lib/extract/schema';
import { aboutTabUrl, fixtureDoc, fixturePages, type FixturePage } from './fixture-pages';

/**
 * Values the shared fixture entries leave out although the page states them
 * (their notes list only what the shared tests needed). Pinned here so that
 * the whole company object is still compared exactly.
 */
const ALSO_STATED: Record<string, Partial<CompanyHints>> = {
  'linkedin-company-audiense.html': {
    description: expect.stringMatching(
      /^The Audiense platform combines rich social data sources .* develop your Instagram strategy$/,
    ) as string,
  },
  'linkedin-company-motion-signed-in.html': {
    linkedinUrl: 'https://www.linkedin.com/company/motionapp',
    // The overview clamps the text; its "… see more" button is not part of it.
    description:
      'Motion’s AI Project Manager maximizes efficiency, eliminates busywork, creates visibility & accountability, and reduces stress for every team.',
  },
  // Footer: "111 West Evelyn Ave. Suite 106 Sunnyvale, CA, 94086", and a LinkedIn icon link.
  'site-leandata-blog.html': {
    hq: { city: 'Sunnyvale', region: 'CA', country: 'US' },
    linkedinUrl: 'https://www.linkedin.com/company/leandata',
  },
  // Footer <address>: "101 15th Street / San Francisco, CA 94010".
  'site-segment-blog.html': { hq: { city: 'San Francisco', region: 'CA', country: 'US' } },
  'site-caktusgroup-blog.html': {
    linkedinUrl: 'https://www.linkedin.com/company/caktus-consulting-group-llc',
  },
};

interface Row extends FixturePage {
  label: string;
}

const rows: Row[] = fixturePages.flatMap((page) => {
  const row = { ...page, label: `${page.file} at ${page.url}` };
  if (page.expected.kind !== 'linkedin-company' || /\/about\/?$/.test(page.url)) return [row];
  // The about tab of the same company page must read the same.
  const about = aboutTabUrl(page.url);
  return [row, { ...page, url: about, label: `${page.file} at ${about}` }];
});

describe('extractPage on saved pages', () => {
  it.each(rows)('$label', ({ file, url, expected }) => {
    const hints = extractPage(fixtureDoc(file), url);

    expect(hints.url).toBe(url);
    expect(hints.kind).toBe(expected.kind);
    if (expected.company) {
      expect(hints.company).toEqual({ ...expected.company, ...ALSO_STATED[file] });
    } else {
      expect(hints.company).toBeUndefined();
    }
    if (expected.person) expect(hints.person).toEqual(expected.person);
    else expect(hints.person).toBeUndefined();

    // Every field has evidence saying where it was read.
    const fields = [
      ...Object.keys(hints.company ?? {}).map((k) => `company.${k}`),
      ...Object.keys(hints.person ?? {}).map((k) => `person.${k}`),
    ];
    for (const field of ['kind', ...fields]) expect(hints.evidence[field], field).toMatch(/\S/);
    expect(Object.keys(hints.evidence).sort()).toEqual(['kind', ...fields].sort());

    expect(pageHintsSchema.safeParse(hints).success).toBe(true);
  });
});
