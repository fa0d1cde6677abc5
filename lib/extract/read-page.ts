// The in-page half of extraction: reads what a page states, as strings with
// evidence, and nothing else. It runs in the content script, so it takes the
// document and URL as arguments, imports no heavy library (no zod, tldts or
// country data: a unit test checks the import graph) and never throws: a
// broken page yields fewer fields.

import { clip } from './dom-text';
import { readJsonLd, type JsonLd } from './json-ld';
import { readLinkedInCompany } from './linkedin-company';
import { readLinkedInPerson } from './linkedin-person';
import { linkedInPage, notACompanySite, parseHttpUrl } from './page-kind';
import { RAW_LIMITS, type RawPage } from './raw-page';
import { readWebsite } from './website';

export function readPage(doc: Document, url: string): RawPage {
  const pageUrl = clip(url, RAW_LIMITS.url);
  try {
    const page = read(doc, pageUrl);
    page.kindEvidence = clip(page.kindEvidence, RAW_LIMITS.evidence);
    return page;
  } catch {
    // A reader met markup it did not expect; the page still gets a kind.
    return { url: pageUrl, kind: 'other', kindEvidence: 'page could not be read' };
  }
}

function read(doc: Document, url: string): RawPage {
  const parsed = parseHttpUrl(url);
  if (!parsed) return { url, kind: 'other', kindEvidence: 'not an http(s) URL' };

  const linkedIn = linkedInPage(parsed);
  if (linkedIn?.kind === 'linkedin-company') {
    const ld = safeJsonLd(doc);
    return {
      url,
      kind: 'linkedin-company',
      kindEvidence: `URL path /company/${linkedIn.slug}`,
      company: readLinkedInCompany(doc, parsed, ld),
    };
  }
  if (linkedIn?.kind === 'linkedin-person') {
    const ld = safeJsonLd(doc);
    return {
      url,
      kind: 'linkedin-person',
      kindEvidence: `URL path /in/${linkedIn.slug}`,
      person: readLinkedInPerson(doc, ld),
    };
  }
  if (linkedIn)
    return { url, kind: 'other', kindEvidence: 'LinkedIn page other than a company or profile' };

  const ld = safeJsonLd(doc);
  const notCompany = notACompanySite(doc, parsed, ld);
  if (notCompany) return { url, kind: 'other', kindEvidence: notCompany };
  const site = readWebsite(doc, parsed, ld);
  if (!site) {
    return {
      url,
      kind: 'other',
      kindEvidence: 'no site owner found (no organisation or site name fits the host)',
    };
  }
  return { url, kind: 'website', kindEvidence: site.evidence, company: site.company };
}

function safeJsonLd(doc: Document): JsonLd {
  try {
    return readJsonLd(doc);
  } catch {
    return { nodes: [], byId: new Map() };
  }
}
