// Reads a page's JSON-LD blocks into a flat list of nodes. Pages ship
// broken, huge or oddly nested JSON-LD; every block is optional, so a bad
// one is skipped rather than failing the page.

import { clip, collapse, firstOf } from './dom-text';
import { RAW_LIMITS, type RawAddress } from '../../core/hints/raw-page';
import { JSON_LD_LIMITS } from '../../core/hints/markup-limits';

export type LdNode = Record<string, unknown>;

export interface JsonLd {
  /** Top-level nodes and the members of `@graph`, in page order. */
  nodes: LdNode[];
  /** Nodes with an `@id`, so `{ "@id": "…#organization" }` references can be followed. */
  byId: Map<string, LdNode>;
}

// A block past `blockChars` is a data dump, not a description of the page;
// past `totalChars` in all a block is skipped, a smaller one after it still read.
const {
  blocks: MAX_BLOCKS,
  blockChars: MAX_BLOCK_CHARS,
  totalChars: MAX_TOTAL_CHARS,
} = JSON_LD_LIMITS;
/**
 * Nodes (and `@id`s) one block adds: a block listing hundreds of typed nodes
 * must not crowd out the Organization in the block after it.
 */
const MAX_NODES_PER_BLOCK = 100;
const MAX_DEPTH = 8;

/** Types of organisations that can own a site or a LinkedIn page. */
export const ORGANIZATION_TYPES = new Set([
  'Organization',
  'Corporation',
  'LocalBusiness',
  'OnlineBusiness',
  'OnlineStore',
  'ProfessionalService',
  'Store',
  'NGO',
  'EducationalOrganization',
  'MedicalOrganization',
  'NewsMediaOrganization',
]);

export function readJsonLd(doc: Document): JsonLd {
  const result: JsonLd = { nodes: [], byId: new Map() };
  const scripts = doc.querySelectorAll('script[type*="ld+json"]');
  let charsLeft = MAX_TOTAL_CHARS;
  for (const script of firstOf(scripts, MAX_BLOCKS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS || text.length > charsLeft) continue;
    charsLeft -= text.length;
    let parsed: unknown;
    try {
      parsed = JSON.parse(unwrapScriptText(text));
    } catch {
      continue;
    }
    collect(parsed, result, { nodes: MAX_NODES_PER_BLOCK, ids: MAX_NODES_PER_BLOCK }, 0);
  }
  return result;
}

/** What one block may still add. */
interface BlockBudget {
  nodes: number;
  ids: number;
}

function index(value: LdNode, into: JsonLd, budget: BlockBudget): void {
  const id = value['@id'];
  if (budget.ids > 0 && typeof id === 'string' && !into.byId.has(id) && typesOf(value).length > 0) {
    into.byId.set(id, value);
    budget.ids -= 1;
  }
}

/** Some CMSs wrap JSON-LD in HTML comments or CDATA markers. */
function unwrapScriptText(text: string): string {
  return text
    .trim()
    .replace(/^(?:<!--|(?:\/\/)?\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/)?\s*\]\]>)$/, '');
}

/** Adds a top-level value (or a member of `@graph`) and indexes what it nests. */
function collect(value: unknown, into: JsonLd, budget: BlockBudget, depth: number): void {
  if (depth > MAX_DEPTH || budget.nodes <= 0) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_NODES_PER_BLOCK)) collect(item, into, budget, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  const graph = value['@graph'];
  if (typesOf(value).length > 0) {
    into.nodes.push(value);
    budget.nodes -= 1;
  }
  index(value, into, budget);
  if (Array.isArray(graph)) {
    for (const item of graph.slice(0, MAX_NODES_PER_BLOCK)) collect(item, into, budget, depth + 1);
  }
  // Index nested nodes that carry an @id, so references elsewhere resolve.
  for (const key of Object.keys(value).slice(0, 50)) {
    if (key === '@graph') continue;
    const child = value[key];
    if (isNode(child) || Array.isArray(child)) indexNested(child, into, budget, depth + 1);
  }
}

function indexNested(value: unknown, into: JsonLd, budget: BlockBudget, depth: number): void {
  if (depth > MAX_DEPTH || budget.ids <= 0) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) indexNested(item, into, budget, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  index(value, into, budget);
  for (const key of Object.keys(value).slice(0, 50)) {
    const child = value[key];
    if (isNode(child) || Array.isArray(child)) indexNested(child, into, budget, depth + 1);
  }
}

export function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Schema.org type names of a node, without any `http://schema.org/` prefix. */
export function typesOf(node: LdNode): string[] {
  // LinkedIn writes `"type": "PostalAddress"` without the @.
  const value = node['@type'] ?? node['type'];
  const list = Array.isArray(value) ? value : [value];
  const types: string[] = [];
  for (const item of list.slice(0, 10)) {
    if (typeof item === 'string' && item) types.push(item.replace(/^.*[/:#]/, ''));
  }
  return types;
}

export function hasType(node: LdNode, types: ReadonlySet<string>): boolean {
  return typesOf(node).some((t) => types.has(t));
}

/** Follows a `{ "@id": … }` reference to the node it names, if the page defines it. */
export function deref(value: unknown, ld: JsonLd): LdNode | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isNode(first)) return undefined;
  const id = first['@id'];
  if (typeof id === 'string' && typesOf(first).length === 0) return ld.byId.get(id);
  return first;
}

/** A property's value as text: strings, numbers, `{ "@value" }`, `{ name }`, or the first of a list. */
export function ldText(value: unknown, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 5)) {
      const text = ldText(item, depth + 1);
      if (text) return text;
    }
    return undefined;
  }
  if (isNode(value)) return ldText(value['@value'] ?? value['name'], depth + 1);
  return undefined;
}

/** A property's values as URL strings (`sameAs` may be one string or a list). */
export function ldUrls(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const urls: string[] = [];
  for (const item of list.slice(0, 30)) {
    const url =
      typeof item === 'string' ? item : isNode(item) ? (item['@id'] ?? item['url']) : undefined;
    if (typeof url === 'string' && /^https?:\/\//i.test(url.trim())) urls.push(url.trim());
  }
  return urls;
}

/** A JSON-LD PostalAddress (or a Place's address) as written. */
export function readLdAddress(node: LdNode, ld: JsonLd, evidence: string): RawAddress | undefined {
  let address = deref(node['address'], ld);
  if (!address) {
    const location = deref(node['location'], ld);
    address = location ? deref(location['address'], ld) : undefined;
  }
  if (!isNode(address)) {
    // An address written as one string is left to the text readers (footer lines).
    return undefined;
  }
  const field = (key: string) => {
    const value = ldText(address[key]);
    return value ? clip(collapse(value), RAW_LIMITS.text) : undefined;
  };
  const result: RawAddress = { evidence: clip(evidence, RAW_LIMITS.evidence) };
  const locality = field('addressLocality');
  const region = field('addressRegion');
  const country = field('addressCountry');
  const postalCode = field('postalCode');
  if (locality) result.locality = locality;
  if (region) result.region = region;
  if (country) result.country = country;
  if (postalCode) result.postalCode = postalCode;
  return locality || region || country ? result : undefined;
}
