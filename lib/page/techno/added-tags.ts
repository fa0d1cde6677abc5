import { ADDED_LIMITS as L } from '../../core/hints/markup-limits';

// The tags a loader inserts after the page's read (a tag manager's scripts, a
// chat widget's iframe) are what the technology pass most wants, and the
// read's markup lacks them. They are collected as they arrive, within caps,
// until the pass takes them; nothing else of a mutation is looked at.

const TAGS = 'script,iframe,link,style,noscript,img';
/** Tags looked for inside one inserted container (a widget's wrapper). */
const PER_CONTAINER = 20;

export interface AddedTags {
  /** The markup of the tags inserted so far; stops watching. */
  take(): string[];
}

export function watchAddedTags(doc: Document): AddedTags {
  const found: string[] = [];
  let total = 0;
  const full = () => found.length >= L.tags || total >= L.total;
  const add = (el: Element) => {
    if (full()) return;
    const html = el.outerHTML.slice(0, L.one);
    found.push(html);
    total += html.length;
  };
  const Observer = doc.defaultView?.MutationObserver;
  const observer =
    Observer &&
    new Observer((records) => {
      for (const record of records) {
        const nodes = record.addedNodes;
        for (let i = 0; i < nodes.length && !full(); i++) {
          const node = nodes[i]!;
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          if (el.matches(TAGS)) add(el);
          else {
            const inner = el.querySelectorAll(TAGS);
            for (let j = 0; j < inner.length && j < PER_CONTAINER; j++) add(inner[j]!);
          }
        }
      }
      if (full()) observer?.disconnect();
    });
  observer?.observe(doc.documentElement, { childList: true, subtree: true });
  return {
    take() {
      observer?.disconnect();
      return found.splice(0);
    },
  };
}
