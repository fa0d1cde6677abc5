// The content script runs in every page the user opens, so it must stay
// small: its module graph, walked from the entry points WXT bundles, may
// import nothing heavy and no globals of the page (readers take the document
// and URL as arguments). Type-only imports are erased and not followed.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRIES = ['entrypoints/content.ts', 'entrypoints/probe.content.ts'];
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?!type\s)(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? resolve(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}/index.ts`].find((p) => p.endsWith('.ts') && existsSync(p));
}

/** Every source file reachable from the content script's entry points, and every package. */
function moduleGraph(entries: string[]): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => resolve(ROOT, e));
  while (queue.length > 0) {
    const file = queue.pop();
    if (!file || files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
      else if (specifier.startsWith('.') || specifier.startsWith('@/'))
        throw new Error(`${file}: cannot resolve ${specifier}`);
      else packages.add(specifier);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

async function gzippedBundle(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    alias: { '@': ROOT.replace(/\/$/, '') },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code).length;
}

describe('the content script', () => {
  const graph = moduleGraph(ENTRIES);

  it('serializes and watches the page; the readers and the gatherer stay with the worker', () => {
    const names = graph.files.map((f) => f.replace(/^.*\//, ''));
    expect(names).toEqual(
      expect.arrayContaining([
        'page-markup.ts',
        'markup-sample.ts',
        'watch-page.ts',
        'technology-pass.ts',
        'live-signals.ts',
        'probe-host.ts',
        'send.ts',
      ]),
    );
    for (const reader of ['read-page.ts', 'website.ts', 'json-ld.ts', 'gather.ts'])
      expect(names).not.toContain(reader);
  });

  it('imports no package but WXT’s own entry helpers (no zod, tldts, country data, node modules)', () => {
    expect(graph.packages.filter((p) => !p.startsWith('wxt/'))).toEqual([]);
    for (const file of graph.files) {
      expect(file, 'content-script files live in the page and core rooms').toMatch(
        /^(entrypoints\/(content|probe\.content)\.ts|lib\/(page|dom\/techno|core\/hints|core\/values)\/.+\.ts|lib\/messaging\/send\.ts)$/,
      );
      expect(file).not.toMatch(/normalize|schema|countries|subdivisions|industries|exchange-rates/);
    }
  });

  it('uses no page globals and no innerText below the entry points', () => {
    for (const file of graph.files.filter((f) => f.startsWith('lib/'))) {
      const source = readFileSync(resolve(ROOT, file), 'utf8').replace(
        /\/\/.*$|\/\*[\s\S]*?\*\//gm,
        '',
      );
      expect(source, file).not.toMatch(/\bwindow\b|\bdocument\.|\blocation\.|\binnerText\b/);
    }
  });

  it('bundles, entry point and all, to under 15 KB gzipped', async () => {
    expect(await gzippedBundle('entrypoints/content.ts')).toBeLessThan(15 * 1024);
  });
});
