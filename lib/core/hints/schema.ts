// zod schemas for the two extraction payloads. The background parses every
// message with them: they accept anything the reader and normalizer can
// produce (same caps, checked by unit tests) and reject junk or oversized
// input from a compromised or buggy page context.

import { z } from 'zod';
import { HINT_LIMITS } from './hint-limits';
import { DEPARTMENTS, SENIORITIES } from '../jobs/job-kinds';
import { EXPANSION_KINDS, FUNDING_ROUNDS } from './signal-kinds';
import type { PageHints } from './page-hints';
import { RAW_LIMITS, type RawPage } from './raw-page';

const KINDS = ['linkedin-company', 'linkedin-person', 'website', 'other'] as const;

// Built on first use (z.lazy) and marked pure, so that a bundle importing this
// module without parsing anything (the content script, through the message
// protocol) tree-shakes zod away.
export const rawPageSchema = /* @__PURE__ */ z.lazy(buildRawPageSchema);
export const pageHintsSchema = /* @__PURE__ */ z.lazy(buildPageHintsSchema);

function buildRawPageSchema() {
  const rawText = (max: number) =>
    z.strictObject({
      value: z.string().min(1).max(max),
      evidence: z.string().max(RAW_LIMITS.evidence),
    });

  const rawWebsite = z.strictObject({
    value: z.string().min(1).max(RAW_LIMITS.url),
    evidence: z.string().max(RAW_LIMITS.evidence),
    mentioned: z.boolean().optional(),
  });

  const rawAddress = z.strictObject({
    locality: z.string().max(RAW_LIMITS.text).optional(),
    region: z.string().max(RAW_LIMITS.text).optional(),
    country: z.string().max(RAW_LIMITS.text).optional(),
    postalCode: z.string().max(RAW_LIMITS.text).optional(),
    evidence: z.string().max(RAW_LIMITS.evidence),
  });

  const rawCompany = z.strictObject({
    name: rawText(RAW_LIMITS.name).optional(),
    websites: z.array(rawWebsite).max(RAW_LIMITS.websites).optional(),
    linkedinUrl: rawText(RAW_LIMITS.url).optional(),
    industry: z
      .strictObject({
        value: z.string().min(1).max(RAW_LIMITS.text),
        evidence: z.string().max(RAW_LIMITS.evidence),
        guessed: z.boolean().optional(),
      })
      .optional(),
    size: rawText(RAW_LIMITS.text).optional(),
    hq: rawText(RAW_LIMITS.text).optional(),
    address: rawAddress.optional(),
    founded: rawText(RAW_LIMITS.text).optional(),
    specialties: rawText(RAW_LIMITS.description).optional(),
    description: rawText(RAW_LIMITS.description).optional(),
    revenue: rawText(RAW_LIMITS.text).optional(),
    statements: z.array(rawText(RAW_LIMITS.text)).max(RAW_LIMITS.statements).optional(),
    nameClues: z.array(rawText(RAW_LIMITS.text)).max(RAW_LIMITS.nameClues).optional(),
    smallPrint: z.array(rawText(RAW_LIMITS.text)).max(RAW_LIMITS.smallPrint).optional(),
    embedded: rawText(RAW_LIMITS.embedded).optional(),
    links: z
      .strictObject({
        about: rawText(RAW_LIMITS.url).optional(),
        careers: rawText(RAW_LIMITS.url).optional(),
        pricing: rawText(RAW_LIMITS.url).optional(),
        customers: rawText(RAW_LIMITS.url).optional(),
      })
      .optional(),
  });

  const rawSignal = z.strictObject({
    kind: z.enum(['funding', 'careers', 'hiring', 'job-count', 'job-title', 'expansion']),
    value: z.string().min(1).max(RAW_LIMITS.text),
    evidence: z.string().max(RAW_LIMITS.evidence),
    url: z.string().min(1).max(RAW_LIMITS.url).optional(),
    by: z.string().min(1).max(RAW_LIMITS.name).optional(),
  });

  const rawPerson = z.strictObject({
    name: rawText(RAW_LIMITS.name).optional(),
    headline: rawText(RAW_LIMITS.text).optional(),
    jobTitle: rawText(RAW_LIMITS.text).optional(),
    companyName: rawText(RAW_LIMITS.name).optional(),
    location: rawText(RAW_LIMITS.text).optional(),
    industry: rawText(RAW_LIMITS.text).optional(),
  });

  return z.strictObject({
    url: z.string().max(RAW_LIMITS.url),
    kind: z.enum(KINDS),
    kindEvidence: z.string().max(RAW_LIMITS.evidence),
    company: rawCompany.optional(),
    person: rawPerson.optional(),
    signals: z.array(rawSignal).max(RAW_LIMITS.signals).optional(),
  });
}

function buildPageHintsSchema() {
  const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
  const numberRange = z.strictObject({ min: count.optional(), max: count.optional() });

  const location = z.strictObject({
    city: z.string().min(1).max(100).optional(),
    region: z.string().min(1).max(100).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  });

  const link = z.url({ protocol: /^https?$/ }).max(HINT_LIMITS.url);

  const company = z.strictObject({
    name: z.string().min(1).max(HINT_LIMITS.name).optional(),
    domain: z.string().min(1).max(253).optional(),
    linkedinUrl: z.string().min(1).max(HINT_LIMITS.url).optional(),
    industry: z.string().min(1).max(HINT_LIMITS.text).optional(),
    employees: numberRange.optional(),
    revenueUsd: numberRange.optional(),
    hq: location.optional(),
    foundedYear: z.number().int().min(1000).max(3000).optional(),
    specialties: z
      .array(z.string().min(1).max(HINT_LIMITS.text))
      .max(HINT_LIMITS.specialties)
      .optional(),
    description: z.string().min(1).max(HINT_LIMITS.description).optional(),
    links: z
      .strictObject({
        about: link.optional(),
        careers: link.optional(),
        pricing: link.optional(),
        customers: link.optional(),
      })
      .optional(),
  });

  const person = z.strictObject({
    name: z.string().min(1).max(HINT_LIMITS.name).optional(),
    title: z.string().min(1).max(HINT_LIMITS.text).optional(),
    companyName: z.string().min(1).max(HINT_LIMITS.name).optional(),
    headline: z.string().min(1).max(HINT_LIMITS.text).optional(),
    location: z.string().min(1).max(HINT_LIMITS.text).optional(),
    country: z.string().length(2).optional(),
    industry: z.string().min(1).max(HINT_LIMITS.name).optional(),
  });

  const technology = z.strictObject({
    name: z.string().min(1).max(100),
    categories: z.array(z.string().max(100)).max(20),
    evidence: z.string().max(HINT_LIMITS.evidence),
    reason: z.string().max(HINT_LIMITS.evidence).optional(),
  });

  const label = z.string().min(1).max(HINT_LIMITS.text);
  // Typed signal data is optional: records stored before it existed carry `detail` alone.
  const hiring = z.strictObject({
    titles: z.array(label).max(HINT_LIMITS.jobTitles),
    departments: z.array(z.enum(DEPARTMENTS)).max(DEPARTMENTS.length),
    seniorities: z.array(z.enum(SENIORITIES)).max(SENIORITIES.length),
    count: count.optional(),
    source: z.enum(['careers-page', 'statement', 'job-count', 'job-list']),
  });
  const funding = z.strictObject({
    round: z.enum(FUNDING_ROUNDS).optional(),
    amount: z
      .strictObject({
        value: z.number().positive().max(1e15),
        currency: z.string().regex(/^[A-Z]{3}$/),
      })
      .optional(),
    date: z
      .string()
      .regex(/^\d{4}(?:-\d\d(?:-\d\d)?)?$/)
      .optional(),
    investors: z.array(label).max(20).optional(),
  });
  const expansion = z.strictObject({
    kind: z.enum(EXPANSION_KINDS),
    place: label.optional(),
  });

  const signal = z.strictObject({
    type: z.string().min(1).max(50),
    detail: z.string().max(HINT_LIMITS.evidence),
    evidence: z.string().max(HINT_LIMITS.evidence),
    hiring: hiring.optional(),
    funding: funding.optional(),
    expansion: expansion.optional(),
  });

  return z.strictObject({
    url: z.string().max(HINT_LIMITS.url),
    kind: z.enum(KINDS),
    company: company.optional(),
    person: person.optional(),
    technologies: z.array(technology).max(200),
    signals: z.array(signal).max(100),
    evidence: z
      .record(z.string().max(100), z.string().max(HINT_LIMITS.evidence))
      .refine((record) => Object.keys(record).length <= 100, 'too many evidence entries'),
  });
}

// Compile-time guards that the schemas and the TypeScript contracts agree both ways.
export const rawPageSchemaMatchesType: [
  (parsed: z.output<typeof rawPageSchema>) => RawPage,
  (page: RawPage) => z.input<typeof rawPageSchema>,
] = [(parsed) => parsed, (page) => page];
export const pageHintsSchemaMatchesType: [
  (parsed: z.output<typeof pageHintsSchema>) => PageHints,
  (hints: PageHints) => z.input<typeof pageHintsSchema>,
] = [(parsed) => parsed, (hints) => hints];
