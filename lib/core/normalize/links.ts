// The company's own page links (about, careers, pricing, customers) as
// absolute URLs. A link is kept only when it is on the company's registrable
// domain, or for careers on a job board; a page without a known domain keeps
// none, since nothing says whose pages they are.

import { HINT_LIMITS } from '../hints/hint-limits';
import { hostMatches, JOB_BOARD_HOSTS } from '../owner/known-hosts';
import { registrableDomain } from './domain';
import type { CompanyLinks } from '../hints/page-hints';
import type { RawLinks } from '../hints/raw-page';
import { httpUrl } from '../values/url';

const KINDS = ['about', 'careers', 'pricing', 'customers'] as const;

export interface NormalizedLinks {
  links: CompanyLinks;
  evidence: string;
}

export function linksFromRaw(
  raw: RawLinks | undefined,
  domain: string | undefined,
): NormalizedLinks | undefined {
  if (!raw || !domain) return undefined;
  const links: CompanyLinks = {};
  const notes: string[] = [];
  for (const kind of KINDS) {
    const link = raw[kind];
    const url = link && httpUrl(link.value);
    if (!link || !url || url.href.length > HINT_LIMITS.url) continue;
    const own = registrableDomain(url) === domain;
    if (!own && !(kind === 'careers' && hostMatches(url.hostname, JOB_BOARD_HOSTS))) continue;
    links[kind] = url.href;
    notes.push(`${kind}: ${link.evidence}`);
  }
  return notes.length > 0 ? { links, evidence: notes.join('; ') } : undefined;
}
