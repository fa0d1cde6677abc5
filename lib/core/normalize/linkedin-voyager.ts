// Reads the facts of a LinkedIn Voyager company entity (the page's own,
// chosen in the page by lib/dom/read/linkedin-voyager.ts, with what it
// names inlined one level deep) into the raw fields the other normalisers
// take. Field names, from open-source Voyager parsers and LinkedIn's own
// payloads: `name`, `universalName`, `companyPageUrl` (old) or `websiteUrl`
// (dash) for the site, `url` for the LinkedIn page, `staffCountRange` (old)
// or `employeeCountRange` (dash) as {start, end}, `companyIndustries[]`
// ({localizedName}), `industries[]` (names), `headquarter` ({city,
// geographicArea, country, postalCode}, in dash under `address`),
// `foundedOn.year`, `specialities[]`, `description`. A key may be written
// "*key" when its value names another entity. `staffCount` counts members
// on LinkedIn, not the company's size, and is never read.

import { RAW_LIMITS, type RawAddress, type RawCompany, type RawText } from '../hints/raw-page';
import { clip } from '../values/text';

type Entity = Record<string, unknown>;

/** Facts of the embedded entity, as raw fields with evidence; nothing for a broken entity. */
export function voyagerFacts(embedded: RawText): RawCompany {
  let entity: unknown;
  try {
    entity = JSON.parse(embedded.value);
  } catch {
    return {};
  }
  if (!isEntity(entity)) return {};
  const facts: RawCompany = {};
  const fact = (field: string, value: unknown, max: number = RAW_LIMITS.text) => {
    const text = typeof value === 'number' ? String(value) : stringOf(value);
    return text
      ? {
          value: clip(text, max),
          evidence: clip(`${embedded.evidence}: Company.${field}`, RAW_LIMITS.evidence),
        }
      : undefined;
  };

  facts.name = fact('name', entity.name, RAW_LIMITS.name);
  const rangeKey = get(entity, 'staffCountRange') ? 'staffCountRange' : 'employeeCountRange';
  const range = entityOf(get(entity, rangeKey));
  const start = range?.start;
  if (typeof start === 'number' && start >= 0) {
    const end = range?.end;
    facts.size = fact(
      rangeKey,
      typeof end === 'number' && end >= start ? `${start}-${end}` : `${start}+`,
    );
  }
  facts.industry = fact('industry', industryName(entity));
  const founded = entityOf(get(entity, 'foundedOn'))?.year;
  facts.founded = fact('foundedOn', typeof founded === 'number' ? founded : undefined);
  const specialities = get(entity, 'specialities');
  if (Array.isArray(specialities)) {
    const list = specialities.map(stringOf).filter(Boolean).join(', ');
    facts.specialties = fact('specialities', list, RAW_LIMITS.description);
  }
  facts.description = fact('description', entity.description, RAW_LIMITS.description);
  for (const key of ['websiteUrl', 'companyPageUrl', 'url']) {
    const site = stringOf(entity[key]);
    // `url` is the LinkedIn page itself on dash entities.
    if (site && !/^(?:https?:\/\/)?(?:[\w-]+\.)*linkedin\.com(?:[/?#]|$)/i.test(site)) {
      facts.websites = [fact(key, site, RAW_LIMITS.url)!];
      break;
    }
  }
  const hq = entityOf(get(entity, 'headquarter'));
  const address = entityOf(hq?.address) ?? hq;
  if (address) {
    const found: RawAddress = { evidence: `${embedded.evidence}: Company.headquarter` };
    const parts = [
      ['locality', 'city'],
      ['region', 'geographicArea'],
      ['country', 'country'],
      ['postalCode', 'postalCode'],
    ] as const;
    for (const [key, from] of parts) {
      const value = stringOf(address[from]);
      if (value) found[key] = clip(value, RAW_LIMITS.text);
    }
    if (Object.keys(found).length > 1) facts.address = found;
  }
  for (const key of Object.keys(facts) as (keyof RawCompany)[]) {
    if (facts[key] === undefined) delete facts[key];
  }
  return facts;
}

/**
 * The page's fields, completed by the entity's: a field the markup stated
 * under a label or in JSON-LD stays; one the reader only guessed from the
 * page's title, heading or the order of the top card gives way to the
 * entity's, which LinkedIn itself keyed to this company.
 */
export function withVoyagerFacts(raw: RawCompany): RawCompany {
  if (!raw.embedded) return raw;
  const facts = voyagerFacts(raw.embedded);
  const merged: RawCompany = { ...raw };
  const weak = (field: RawText | undefined) =>
    !field || /^(?:title|meta og:title|h1 in main|top card)/.test(field.evidence);
  if (facts.name && weak(raw.name)) merged.name = facts.name;
  if (facts.industry && weak(raw.industry)) merged.industry = facts.industry;
  if (facts.size && weak(raw.size)) merged.size = facts.size;
  if (facts.address && !raw.address && weak(raw.hq)) {
    merged.address = facts.address;
    delete merged.hq;
  }
  merged.founded ??= facts.founded;
  merged.specialties ??= facts.specialties;
  merged.description ??= facts.description;
  if (facts.websites) merged.websites = [...(raw.websites ?? []), ...facts.websites];
  delete merged.embedded;
  return merged;
}

function get(entity: Entity, key: string): unknown {
  return entity[key] ?? entity[`*${key}`];
}

function isEntity(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entityOf(value: unknown): Entity | undefined {
  return isEntity(value) ? value : undefined;
}

/** The first industry, whether listed as names, as entities or as one value. */
function industryName(entity: Entity): string | undefined {
  for (const key of ['companyIndustries', 'industries', 'industry']) {
    const value = get(entity, key);
    const first = Array.isArray(value) ? value[0] : value;
    const name =
      stringOf(first) ??
      stringOf(entityOf(first)?.localizedName) ??
      stringOf(entityOf(first)?.name);
    // An unresolved reference ("urn:li:fs_industry:4") is not a name.
    if (name && !name.startsWith('urn:')) return name;
  }
  return undefined;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  quot: '"',
  nbsp: ' ',
};

/** A string value, with the HTML entities the page left in it decoded. */
function stringOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(
      /&(?:#(\d{1,6})|#x([\da-f]{1,6})|(\w+));/gi,
      (match, dec?: string, hex?: string, name?: string) => {
        const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
        if (code !== undefined)
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
        return ENTITIES[(name ?? '').toLowerCase()] ?? match;
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
