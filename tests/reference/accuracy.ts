// `npx tsx tests/reference/accuracy.ts [--fixtures <dir>]` (npm run --silent accuracy)
// Runs extraction over every saved page in tests/fixtures/fixtures.json that
// states expected values, and prints field-level precision and recall per
// page kind (see accuracy-report.ts), ending with the line
// `extraction: <correct>/<expected> fields correct, <wrong> wrong`.
// Exits 1 when any value is wrong, 2 on a usage problem.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractPage } from '../../lib/node/extract-page.ts';
import { compareFields, formatReport, totals, type FixtureEntry } from './accuracy-report';
import { CliError, runCli } from '../../lib/node/cli/args';
import { parseHtml } from '../../lib/node/parse-html';

const DEFAULT_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

void runCli('accuracy', async (argv) => {
  let dir: string;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { fixtures: { type: 'string' } },
      strict: true,
    });
    dir = values.fixtures ?? DEFAULT_DIR;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(message.split(/\.\s/)[0] ?? message);
  }
  const entries = await readEntries(join(dir, 'fixtures.json'));
  const results = [];
  let pages = 0;
  for (const entry of entries) {
    if (!entry.expected) continue;
    const html = await readFile(join(dir, entry.file), 'utf8').catch(() => {
      throw new CliError(`cannot read fixture ${entry.file}`);
    });
    results.push(...compareFields(entry, extractPage(parseHtml(html), entry.url)));
    pages += 1;
  }
  if (totals(results).wrong > 0) process.exitCode = 1;
  return formatReport(results, pages);
});

async function readEntries(path: string): Promise<FixtureEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new CliError(`cannot read ${path} as JSON`);
  }
  const pages = (json as { pages?: unknown }).pages;
  if (!Array.isArray(pages)) throw new CliError(`${path} has no "pages" list`);
  return pages as FixtureEntry[];
}
