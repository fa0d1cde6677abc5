// Benches that run the product's code inside a Chromium page bundle it from
// a few lines of source that import it from the project and hang it on
// globalThis, for a page to evaluate.
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleForPage(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: path.resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}
