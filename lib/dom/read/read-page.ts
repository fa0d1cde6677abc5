// The reading half of extraction: reads what a page states, as strings with
// evidence, and nothing else. It runs on the worker's parsed copy of a page
// and on a saved page in the CLI, so it takes the document and URL as
// arguments, imports no package (the boundary rule keeps lib/dom so) and
// never throws: a broken page yields fewer fields.

import { clip } from './dom-text';
import { readJsonLd, type JsonLd } from './json-ld';
import { readLinkedInCompany } from './linkedin-company';
import { readLinkedInPerson } from './linkedin-person';
import { readLinkedInSignals } from './linkedin-signals';
import { readMicrodata } from './microdata';
import { linkedInPage, MICRODATA_TYPES, notACompanySite } from './page-kind';
import { httpUrl } from '../../core/values/url';
import { RAW_LIMITS, type RawPage, type RawSignal } from '../../core/hints/raw-page';
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
  const parsed = httpUrl(url);
  if (!parsed) return { url, kind: 'other', kindEvidence: 'not an http(s) URL' };

  const linkedIn = linkedInPage(parsed);
  if (linkedIn?.kind === 'linkedin-company') {
    const ld = safeJsonLd(doc);
    const company = readLinkedInCompany(doc, parsed, ld, linkedIn.slug);
    const slugs = [linkedIn.slug, companySlug(company.linkedinUrl?.value)];
    return withSignals(
      {
        url,
        kind: 'linkedin-company',
        kindEvidence: `URL path /company/${linkedIn.slug}`,
        company,
      },
      safely(() =>
        readLinkedInSignals(
          doc,
          slugs.filter((s): s is string => !!s),
        ),
      ),
    );
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
  // Microdata after JSON-LD, so that JSON-LD wins where both describe the owner.
  ld.nodes.push(...safely(() => readMicrodata(doc, MICRODATA_TYPES)));
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
  return withSignals(
    { url, kind: 'website', kindEvidence: site.evidence, company: site.company },
    site.signals,
  );
}

function withSignals(page: RawPage, signals: RawSignal[]): RawPage {
  if (signals.length > 0) page.signals = signals.slice(0, RAW_LIMITS.signals);
  return page;
}

/** A part that fails on unexpected markup costs its own results, not the page's. */
function safely<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch {
    return [];
  }
}

function companySlug(url: string | undefined): string | undefined {
  return url ? /\/company\/([^/?#]+)/.exec(url)?.[1] : undefined;
}

function safeJsonLd(doc: Document): JsonLd {
  try {
    return readJsonLd(doc);
  } catch {
    return { nodes: [], byId: new Map() };
  }
}
