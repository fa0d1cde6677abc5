// Whether a name plausibly belongs to a host ("LeanData" on leandatainc.com,
// "Motion" on usemotion.com). Used both to recognise a company's own site
// and to accept a domain only mentioned in a tagline. Needs no suffix list:
// a rough main label is enough to compare letters.

import { squash } from '../values/text';

/** Second-level labels that country TLDs put before the registrable name (bbc.co.uk). */
const GENERIC_SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'ac',
  'gov',
  'edu',
  'ltd',
  'plc',
  'ne',
  'or',
  'gv',
]);

/** The label that names the site: "leandatainc" for www.leandatainc.com, "bbc" for www.bbc.co.uk. */
export function mainLabel(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  if (tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) && labels.length >= 3) {
    return labels[labels.length - 3] ?? '';
  }
  return second;
}

/** Section words a site name carries ("Segment Blog") that are not part of the company's name. */
const SECTION_SUFFIX =
  /[\s,:|-]+(?:blog|news|newsroom|docs|documentation|engineering|careers|community|help center|support)$/i;

/** Legal forms ("LeanData, Inc.") that a domain usually leaves out. */
const LEGAL_SUFFIX =
  /[\s,]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|s\.a\.s?|sas|b\.v\.|bv|plc|corp\.?|corporation|co\.)$/i;

function stripRepeatedly(name: string, suffix: RegExp): string {
  let current = name.trim();
  for (let i = 0; i < 3; i += 1) {
    const next = current.replace(suffix, '').trim();
    if (next === current || !next) break;
    current = next;
  }
  return current;
}

/** "Segment Blog" → "Segment": the name to show. */
export function stripSectionSuffix(name: string): string {
  return stripRepeatedly(name, SECTION_SUFFIX);
}

/** "Segment Blog" → "Segment", "LeanData, Inc." → "LeanData": the name to compare with a host. */
export function stripNameSuffix(name: string): string {
  return stripRepeatedly(stripSectionSuffix(name), LEGAL_SUFFIX);
}

/** Whether `name` fits the main label of `host`. */
export function nameFitsHost(name: string, host: string): boolean {
  const s = squash(name);
  const label = mainLabel(host).replace(/-/g, '');
  if (s.length < 3 || label.length < 3) return false;
  if (s === label) return true;
  // leandatainc ← "LeanData"; usemotion ← "Motion"
  if (label.startsWith(s) || (s.length >= 4 && label.endsWith(s))) return true;
  // "Segment.io" on segment.com
  return label.length >= 5 && s.startsWith(label) && s.length - label.length <= 3;
}

/** Same site: equal main label and top-level domain (www.acme.com and acme.com). */
export function sameSite(hostA: string, hostB: string): boolean {
  return mainLabel(hostA) === mainLabel(hostB) && hostA.split('.').pop() === hostB.split('.').pop();
}
