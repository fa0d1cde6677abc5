// The company's own job list, any role: JSON-LD `JobPosting` titles (with the
// organisation that posts them) wherever the site has them, and on its
// careers page the short texts of links outside its navigation, as job lists
// are written. Which lines are job titles, and of what role, is decided in
// the background (core/jobs/job-title.ts): no role vocabulary here.

import { clip, firstOf, linesOf } from './dom-text';
import { deref, hasType, ldText, type JsonLd } from './json-ld';
import { RAW_LIMITS, type RawSignal } from '../../core/hints/raw-page';

const POSTING = new Set(['JobPosting']);
/** Titles offered per page; the rest of a long list adds nothing a rep reads. */
const MAX_TITLES = 20;

export function readJobList(doc: Document, ld: JsonLd, careersPage: boolean): RawSignal[] {
  const titles: RawSignal[] = [];
  const add = (value: string | undefined, evidence: string, by?: string) => {
    const v = value && clip(value, RAW_LIMITS.text);
    if (v && titles.length < MAX_TITLES && !titles.some((t) => t.value === v)) {
      titles.push({
        kind: 'job-title',
        value: v,
        evidence,
        ...(by && { by: clip(by, RAW_LIMITS.name) }),
      });
    }
  };
  for (const node of ld.nodes) {
    if (!hasType(node, POSTING)) continue;
    const org = node['hiringOrganization'];
    add(ldText(node['title']), 'JSON-LD JobPosting', ldText(deref(org, ld) ?? org));
  }
  if (!careersPage || titles.length > 0) return titles;
  const links = doc.querySelectorAll('body a[href]');
  for (const link of firstOf(links, 500)) {
    if (link.closest('nav, header, footer')) continue;
    // A card that links as a whole starts with its title ("Data Engineer", then place and team).
    const line = linesOf(link, 50, 300)[0];
    if (line && line.length <= 100) add(line, 'careers page link');
  }
  return titles;
}
