// Industry names onto one taxonomy: LinkedIn's current (V2) industry names.
// Pages state industries in LinkedIn's current words ("Software Development"),
// its pre-2022 words ("Computer Software"), or their own ("SaaS"); ICP
// criteria name them either way. Both sides go through canonicalIndustry, so
// a criterion names an industry once. Unknown names are left to the caller:
// a page's own wording is still what a person reads off it.

import { foldWords } from '../values/text';
import { allowedTypos, editDistance } from './edit-distance';
import { INDUSTRIES, V1_NAMES } from './industries';

/**
 * Common ways of naming an industry that are neither a current nor a former
 * LinkedIn name, mapped onto the current name. Deliberately conservative:
 * only words that name one industry ("Tech" or "Media" name several).
 */
export const INDUSTRY_SYNONYMS: readonly (readonly [string, string])[] = [
  ['SaaS', 'Software Development'],
  ['Software', 'Software Development'],
  ['Software as a Service', 'Software Development'],
  ['Enterprise Software', 'Software Development'],
  ['B2B Software', 'Software Development'],
  ['Software Publishing', 'Software Development'],
  ['Software Publishers', 'Software Development'],
  ['IT Services', 'IT Services and IT Consulting'],
  ['IT Consulting', 'IT Services and IT Consulting'],
  ['Information Technology', 'IT Services and IT Consulting'],
  ['Information Technology & Services', 'IT Services and IT Consulting'],
  ['Cybersecurity', 'Computer and Network Security'],
  ['Cyber Security', 'Computer and Network Security'],
  ['Information Security', 'Computer and Network Security'],
  ['Network Security', 'Computer and Network Security'],
  ['Data Analytics', 'Data Infrastructure and Analytics'],
  ['Analytics', 'Data Infrastructure and Analytics'],
  ['Big Data', 'Data Infrastructure and Analytics'],
  ['Business Intelligence', 'Business Intelligence Platforms'],
  ['Marketing', 'Marketing Services'],
  ['Digital Marketing', 'Marketing Services'],
  ['Advertising', 'Advertising Services'],
  ['Public Relations', 'Public Relations and Communications Services'],
  ['Fintech', 'Financial Services'],
  ['Insurtech', 'Insurance'],
  ['Banks', 'Banking'],
  ['Healthcare', 'Hospitals and Health Care'],
  ['Medical', 'Hospitals and Health Care'],
  ['Technology', 'Technology, Information and Internet'],
  ['Health Care', 'Hospitals and Health Care'],
  ['Healthtech', 'Hospitals and Health Care'],
  ['Biotech', 'Biotechnology Research'],
  ['Pharma', 'Pharmaceutical Manufacturing'],
  ['Medtech', 'Medical Equipment Manufacturing'],
  ['Ecommerce', 'Online and Mail Order Retail'],
  ['E-commerce', 'Online and Mail Order Retail'],
  ['Online Retail', 'Online and Mail Order Retail'],
  ['Edtech', 'E-Learning Providers'],
  ['Online Education', 'E-Learning Providers'],
  ['Staffing', 'Staffing and Recruiting'],
  ['Recruiting', 'Staffing and Recruiting'],
  ['Recruitment', 'Staffing and Recruiting'],
  ['HR', 'Human Resources Services'],
  ['HR Services', 'Human Resources Services'],
  ['Consulting', 'Business Consulting and Services'],
  ['Telecom', 'Telecommunications'],
  ['Logistics', 'Transportation, Logistics, Supply Chain and Storage'],
  ['Supply Chain', 'Transportation, Logistics, Supply Chain and Storage'],
  ['Legal', 'Legal Services'],
  ['Law Firm', 'Law Practice'],
  ['Nonprofit', 'Non-profit Organizations'],
  ['Non-profit', 'Non-profit Organizations'],
  ['Non-profit Organization', 'Non-profit Organizations'],
  ['Government', 'Government Administration'],
  ['Video Games', 'Computer Games'],
  ['Gaming', 'Computer Games'],
  ['Aerospace', 'Aviation and Aerospace Component Manufacturing'],
  ['Semiconductors', 'Semiconductor Manufacturing'],
  ['Hotels', 'Hotels and Motels'],
  ['Travel', 'Travel Arrangements'],
  ['Market Research Services', 'Market Research'],
  ['Venture Capital', 'Venture Capital and Private Equity Principals'],
  ['Private Equity', 'Venture Capital and Private Equity Principals'],
  ['Real Estate Services', 'Real Estate'],
  ['Media and Telecommunications', 'Media & Telecommunications'],
];

interface Index {
  /** Folded name (current, former or synonym) → current name. */
  byKey: Map<string, string>;
  /** Current name → its parent's current name. */
  parent: Map<string, string>;
}

let index: Index | undefined;

function build(): Index {
  const built: Index = { byKey: new Map(), parent: new Map() };
  const byId = new Map<number, string>();
  for (const [id, name] of INDUSTRIES) {
    byId.set(id, name);
    built.byKey.set(foldWords(name), name);
  }
  for (const [, name, parentId] of INDUSTRIES) {
    const parent = byId.get(parentId);
    if (parent) built.parent.set(name, parent);
  }
  // Former and synonym names never replace a current name with the same words.
  for (const [id, former] of V1_NAMES) {
    const current = byId.get(id);
    const key = foldWords(former);
    if (current && !built.byKey.has(key)) built.byKey.set(key, current);
  }
  for (const [synonym, current] of INDUSTRY_SYNONYMS) {
    const key = foldWords(synonym);
    if (!built.byKey.has(key)) built.byKey.set(key, current);
  }
  return built;
}

function getIndex(): Index {
  index ??= build();
  return index;
}

/**
 * The current LinkedIn name for an industry stated in any of the ways above
 * ("Computer Software", "SaaS", "hospital & health care"), or undefined when
 * the taxonomy does not know it.
 */
export function canonicalIndustry(name: string): string | undefined {
  if (name.length > 200) return undefined;
  return getIndex().byKey.get(foldWords(name));
}

/**
 * The broader industries a current name sits under, nearest first:
 * "Software Development" → ["Technology, Information and Internet",
 * "Technology, Information and Media"]. Empty for unknown names.
 */
export function industryAncestors(name: string): string[] {
  const { parent } = getIndex();
  const ancestors: string[] = [];
  let current = canonicalIndustry(name);
  while (current && ancestors.length < 10) {
    current = parent.get(current);
    if (current) ancestors.push(current);
  }
  return ancestors;
}

export interface IndustryReading {
  /** The current LinkedIn name, or the CRM's own value when none is near. */
  industry: string;
  /** Set when the value was read by a near match or kept as it is. */
  note?: string;
}

const readings = new Map<string, IndustryReading>();
let synonyms: Set<string> | undefined;

/** Folded synonyms that are not also a current or former LinkedIn name. */
function synonymKeys(): Set<string> {
  if (synonyms) return synonyms;
  const official = new Set([...INDUSTRIES, ...V1_NAMES].map(([, name]) => foldWords(name)));
  synonyms = new Set(
    INDUSTRY_SYNONYMS.map(([s]) => foldWords(s)).filter((key) => !official.has(key)),
  );
  return synonyms;
}

/**
 * An industry as a CRM exports it: a current, former or common name, a near
 * match to exactly one of them ("technolgy", "Sofware Development") with a
 * note, or else the CRM's own value, kept so that a criterion can name it.
 */
export function readIndustry(text: string): IndustryReading {
  const cached = readings.get(text);
  if (cached) return cached;
  const value = text.trim().slice(0, 120);
  let reading: IndustryReading;
  const known = canonicalIndustry(value);
  if (known)
    reading = synonymKeys().has(foldWords(value))
      ? { industry: known, note: `"${value}" read as "${known}"` }
      : { industry: known };
  else {
    const key = foldWords(value);
    const allowed = allowedTypos(key.length);
    let best: { name: string; key: string; distance: number } | undefined;
    let tie = false;
    if (allowed > 0) {
      for (const [candidate, name] of getIndex().byKey) {
        const distance = editDistance(key, candidate, allowed);
        if (distance > allowed) continue;
        if (!best || distance < best.distance) {
          best = { name, key: candidate, distance };
          tie = false;
        } else if (distance === best.distance && name !== best.name) tie = true;
      }
    }
    reading =
      best && !tie
        ? { industry: best.name, note: `"${value}" read as "${best.name}" (near "${best.key}")` }
        : { industry: value, note: `"${value}" is not a LinkedIn industry: kept as written` };
  }
  if (readings.size < 10_000) readings.set(text, reading);
  return reading;
}
