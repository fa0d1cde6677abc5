// Reads a LinkedIn profile: name, headline and current company, from the
// profile's own top card only. The page also shows feeds, "People also
// viewed" and "You might like" sidebars naming other people and companies;
// none of them are read.

import { quote, raw, textOf } from './dom-text';
import { deref, hasType, ldText, type JsonLd, type LdNode } from './json-ld';
import { headingName, titleName } from './linkedin-title';
import { RAW_LIMITS, type RawPerson, type RawText } from '../../core/hints/raw-page';

const PERSON = new Set(['Person']);
const CURRENT_COMPANY_LABEL = /^\s*Current company:\s*/i;

export function readLinkedInPerson(doc: Document, ld: JsonLd): RawPerson {
  const person = ld.nodes.find((n) => hasType(n, PERSON));
  const main = doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  const h1 = main?.querySelector('h1') ?? null;
  // The top card is the section holding the profile's h1.
  const card = h1?.closest('section') ?? null;
  const result: RawPerson = {};
  // 2013 puts the top card outside a <section>.
  const top = card ?? h1?.closest('.masthead') ?? null;

  const name =
    personText(person, 'name', RAW_LIMITS.name) ??
    headingName(h1) ??
    titleName(doc, /\s+[-–]\s+.*$/);
  if (name) result.name = name;
  const headline = cardHeadline(top);
  if (headline) result.headline = headline;
  // JSON-LD `jobTitle` is a role, not the headline the card shows.
  const jobTitle = personText(person, 'jobTitle', RAW_LIMITS.text);
  if (jobTitle) result.jobTitle = jobTitle;
  const company = currentCompany(card ?? main) ?? worksFor(person, ld);
  if (company) result.companyName = company;
  // 2013–2016: a demographics list, `<dt>Location</dt><dd><span class="locality">`
  // then `<dt>Industry</dt><dd>`, read by structure in every UI language.
  const locality = top?.querySelector('.locality');
  const dd = locality?.closest('dd');
  // Where the member says they are: signed in, the first span beside the
  // "Contact info" link; signed out today, the first item of the subline
  // (the others are counts, "500+ connections"); 2013–2016 the `.locality` `<dd>`.
  const box =
    top?.querySelector('#top-card-text-details-contact-info')?.closest('div') ??
    top?.querySelector('.top-card-layout__first-subline');
  const location = raw(
    textOf(box?.querySelector('span'), RAW_LIMITS.text).replace(/.*\d.*/, '') ||
      textOf(dd ?? locality, RAW_LIMITS.text),
    'top card',
  );
  if (location) result.location = location;
  const industry = dd?.parentElement?.querySelector('dd ~ dd');
  const industryText = raw(textOf(industry === dd ? null : industry, RAW_LIMITS.text), 'top card');
  if (industryText) result.industry = industryText;
  return result;
}

function personText(person: LdNode | undefined, prop: string, max: number): RawText | undefined {
  const value = person ? ldText(person[prop]) : undefined;
  return value ? raw(value, `JSON-LD Person.${prop}`, max) : undefined;
}

/** The headline under the name: signed in `.text-body-medium`, signed out `top-card-layout__headline`. */
function cardHeadline(card: Element | null): RawText | undefined {
  const element = card?.querySelector(
    '.text-body-medium, .top-card-layout__headline, .headline.title, .headline-title',
  );
  const text = textOf(element, RAW_LIMITS.text);
  return text ? raw(text, `top card headline ${quote(text)}`) : undefined;
}

/**
 * The signed-in top card names the current company in an accessibility label
 * ("Current company: ꩜Substrate. Click to skip to experience card"); the
 * signed-out card has a current-positions block.
 */
function currentCompany(scope: Element | null): RawText | undefined {
  if (!scope) return undefined;
  const labelled = scope.querySelector('[aria-label^="Current company:"]');
  if (labelled) {
    const label = (labelled.getAttribute('aria-label') ?? '').replace(CURRENT_COMPANY_LABEL, '');
    const visible = textOf(labelled, RAW_LIMITS.name);
    // Prefer the visible name when the label starts with it: the label goes on with instructions.
    const value = visible && label.startsWith(visible) ? visible : label.replace(/\.\s+[^.]*$/, '');
    const text = raw(value, 'aria-label "Current company: …" in top card', RAW_LIMITS.name);
    if (text) return text;
  }
  const positions = scope.querySelector('[data-section="currentPositionsDetails"]');
  const text = textOf(positions, RAW_LIMITS.name);
  return text ? raw(text, 'top card current position', RAW_LIMITS.name) : undefined;
}

function worksFor(person: LdNode | undefined, ld: JsonLd): RawText | undefined {
  const org = person ? deref(person['worksFor'], ld) : undefined;
  const name = org ? ldText(org['name']) : undefined;
  return name ? raw(name, 'JSON-LD Person.worksFor', RAW_LIMITS.name) : undefined;
}
