// read-page.ts runs in every page as part of the content script, which must
// stay small: its module graph may import nothing heavy, and no globals of
// the page (it takes the document and URL as arguments).

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../../lib/extract/read-page.ts', import.meta.url));
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every source file reachable from read-page.ts, and every package it imports. */
function moduleGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (!file || files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) {
        const path = resolve(dirname(file), specifier);
        queue.push(path.endsWith('.ts') ? path : `${path}.ts`);
      } else {
        packages.add(specifier);
      }
    }
  }
  return { files: [...files], packages: [...packages] };
}

describe('the in-page reader', () => {
  const graph = moduleGraph(ENTRY);

  it('finds the reader files', () => {
    const names = graph.files.map((f) => f.replace(/^.*\//, ''));
    expect(names).toEqual(
      expect.arrayContaining([
        'read-page.ts',
        'linkedin-company.ts',
        'linkedin-signals.ts',
        'website.ts',
        'microdata.ts',
        'site-links.ts',
        'text-signals.ts',
      ]),
    );
  });

  it('imports no package at all (no zod, tldts, country data, node modules)', () => {
    expect(graph.packages).toEqual([]);
    for (const file of graph.files) {
      expect(file, 'reader files live in lib/extract').toMatch(/\/lib\/extract\/[^/]+\.ts$/);
      expect(file).not.toMatch(/normalize|schema|countries|subdivisions|industries|exchange-rates/);
    }
  });

  it('uses no page globals and no innerText', () => {
    for (const file of graph.files) {
      const source = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(source, file).not.toMatch(/\bwindow\b|\bdocument\.|\blocation\.|\binnerText\b/);
    }
  });

  it('bundles to well under the content script budget of 15 KB gzipped', async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    // Leaves room for the content script's own wiring and the page watcher.
    expect(gzipSync(code).length).toBeLessThan(10 * 1024);
  });
});
