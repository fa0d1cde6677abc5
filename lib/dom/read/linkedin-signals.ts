// Signals on a LinkedIn company page, read only from the company's own
// modules: its funding card ("Funding via Crunchbase" in the signed-in
// overview, the "Funding" section of the public page), the job count on the
// link to its own Jobs tab ("Show all 8 jobs"), and the titles of its
// "Recent job openings", any role (the background reads what they are). The public page's "Browse jobs" lists count
// LinkedIn's jobs everywhere, and sidebars show other companies: both are
// ignored, since neither links to this company's Jobs tab.

import { clip, firstOf, linesOf, quote, SHORT_HEADING_CHARS, textOf } from './dom-text';
import { isLinkedInHost } from '../../core/owner/known-hosts';
import { RAW_LIMITS, type RawSignal } from '../../core/hints/raw-page';
import { parseUrl } from '../../core/values/url';

const FUNDING_HEADING = /^funding(?: via crunchbase)?$/i;
const JOBS_HEADING = /^recent job openings$/i;
const JOB_COUNT = /\b\d[\d,]*\+? jobs?\b/i;

/** `slugs`: this company's slugs (from the page URL and its canonical LinkedIn URL). */
export function readLinkedInSignals(doc: Document, slugs: readonly string[]): RawSignal[] {
  const signals: RawSignal[] = [];
  // The company's own modules are in <main>; feeds and sidebars around it are not read.
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return signals;
  const headings = main.querySelectorAll('h2, h3, h4');
  for (const heading of firstOf(headings, 150)) {
    // Both headings are a word or three: skip long ones before collapsing their text.
    if ((heading.textContent?.length ?? 0) > SHORT_HEADING_CHARS) continue;
    const label = textOf(heading, 40);
    if (FUNDING_HEADING.test(label)) {
      const funding = fundingModule(heading, label);
      if (funding) signals.push(funding);
    } else if (JOBS_HEADING.test(label)) {
      signals.push(...jobOpenings(heading.closest('section') ?? heading.parentElement));
    }
  }
  const jobs = jobCount(main, slugs);
  if (jobs) signals.push(jobs);
  return signals.slice(0, RAW_LIMITS.signals);
}

/**
 * The funding card's lines after its heading, up to its investors: the
 * round ("Series C"), the amount ("US$ 36.5M") and the round's date.
 */
function fundingModule(heading: Element, label: string): RawSignal | undefined {
  const header = heading.parentElement;
  const box = header?.tagName.toUpperCase() === 'HEADER' ? header.parentElement : header;
  if (!box) return undefined;
  const parts: string[] = [];
  for (const line of linesOf(box, 300, 3000)) {
    if (/^investors$/i.test(line)) break;
    if (line !== label && !/crunchbase link|total investors/i.test(line)) parts.push(line);
  }
  const date = box.querySelector('time[datetime]')?.getAttribute('datetime');
  if (date) parts.push(date);
  const value = clip(parts.join(' · '), RAW_LIMITS.text);
  return value ? { kind: 'funding', value, evidence: `${quote(label)} module` } : undefined;
}

/** The titles of the company's recent job openings. */
function jobOpenings(section: Element | null): RawSignal[] {
  const roles: RawSignal[] = [];
  for (const link of firstOf(section?.querySelectorAll('a[href*="/jobs/view/"]') ?? [], 30)) {
    const title = linesOf(link, 50, 300)[0];
    if (title && !roles.some((r) => r.value === title)) {
      roles.push({
        kind: 'job-title',
        value: clip(title, RAW_LIMITS.text),
        evidence: '"Recent job openings" module',
      });
    }
  }
  return roles;
}

/** "Show all 8 jobs" on a link to this company's own Jobs tab. */
function jobCount(main: Element, slugs: readonly string[]): RawSignal | undefined {
  const anchors = main.querySelectorAll('a[href*="/jobs"]');
  for (const anchor of firstOf(anchors, 300)) {
    const href = anchor.getAttribute('href') ?? '';
    // Most links to /jobs are LinkedIn's own job search: skip them before parsing a URL.
    if (!href.includes('/company/') || !isOwnJobsTab(href, slugs)) continue;
    const label = anchor.getAttribute('aria-label') ?? textOf(anchor, 80);
    const match = JOB_COUNT.exec(label);
    if (match) {
      return {
        kind: 'job-count',
        value: clip(label.trim(), RAW_LIMITS.text),
        url: clip(href, RAW_LIMITS.url),
        evidence: `link ${quote(label)} to the company's Jobs tab`,
      };
    }
  }
  return undefined;
}

function isOwnJobsTab(href: string, slugs: readonly string[]): boolean {
  const url = parseUrl(href, 'https://www.linkedin.com/');
  if (!url) return false;
  const slug = /^\/company\/([^/]+)\/jobs\/?$/.exec(url.pathname)?.[1];
  return isLinkedInHost(url.hostname) && slug !== undefined && slugs.includes(slug);
}
