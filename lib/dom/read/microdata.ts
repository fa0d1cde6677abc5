// Reads schema.org microdata (itemscope/itemtype/itemprop) into the same
// node shape as JSON-LD, so one set of owner and address rules serves both.
// Sites built on older CMS themes state their organisation this way only.
// Every walk is capped: items, properties per item and nesting depth.

import { clip, collapse, firstOf } from './dom-text';
import type { LdNode } from './json-ld';

const MAX_ITEMS = 40;
const MAX_PROPS = 60;
const MAX_DEPTH = 3;
const MAX_VALUE = 2000;
/** Descendants with itemprop looked at per item (an item may wrap the whole page). */
const MAX_SCAN = 2000;

/** Marks a node read from microdata, so evidence can say where a value came from. */
export const MICRODATA = '@microdata';

/**
 * Top-level items (not nested in another item) whose type is one of `types`,
 * as nodes: `{ "@type": "Organization", "name": "Acme", "address": { … } }`.
 */
export function readMicrodata(doc: Document, types: ReadonlySet<string>): LdNode[] {
  const nodes: LdNode[] = [];
  const items = doc.querySelectorAll('[itemscope][itemtype]');
  for (const item of firstOf(items, MAX_ITEMS)) {
    if (!types.has(itemType(item))) continue;
    // A nested item (a PostalAddress, an Organization as another
    // organisation's parent) is read through its parent's property.
    const parent = item.hasAttribute('itemprop')
      ? item.parentElement?.closest('[itemscope][itemtype]')
      : undefined;
    if (parent && types.has(itemType(parent))) continue;
    nodes.push(readItem(item, 0));
  }
  return nodes;
}

/** "https://schema.org/Organization" → "Organization" (the first type listed). */
function itemType(item: Element): string {
  const first = (item.getAttribute('itemtype') ?? '').trim().split(/\s+/)[0] ?? '';
  return first.replace(/^.*[/#]/, '');
}

function readItem(item: Element, depth: number): LdNode {
  const node: LdNode = { '@type': itemType(item), [MICRODATA]: true };
  const props = item.querySelectorAll('[itemprop]');
  let taken = 0;
  const scan = Math.min(props.length, MAX_SCAN);
  for (let i = 0; i < scan && taken < MAX_PROPS; i += 1) {
    const prop = props[i];
    // Only this item's own properties: the nearest item around them is this one.
    if (!prop || prop.parentElement?.closest('[itemscope]') !== item) continue;
    taken += 1;
    const value =
      prop.hasAttribute('itemscope') && depth < MAX_DEPTH
        ? readItem(prop, depth + 1)
        : propValue(prop);
    if (value === '') continue;
    for (const name of (prop.getAttribute('itemprop') ?? '').split(/\s+/).slice(0, 3)) {
      // The first value of a property wins, as with a JSON-LD list read by ldText.
      if (name && !(name in node)) node[name] = value;
    }
  }
  return node;
}

/** Where each element keeps its property value (microdata's rules, simplified); others: text. */
const VALUE_ATTRIBUTE: Record<string, string> = {
  META: 'content',
  A: 'href',
  LINK: 'href',
  AREA: 'href',
  IMG: 'src',
  SOURCE: 'src',
  TIME: 'datetime',
  DATA: 'value',
  METER: 'value',
};

function propValue(prop: Element): string {
  const attr = VALUE_ATTRIBUTE[prop.tagName.toUpperCase()];
  const raw = (attr && prop.getAttribute(attr)) || prop.textContent || '';
  return clip(collapse(raw.length > MAX_VALUE * 4 ? raw.slice(0, MAX_VALUE * 4) : raw), MAX_VALUE);
}
