// `npx tsx tests/reference/accuracy.ts [--fixtures <dir>]` (npm run --silent accuracy)
// Runs extraction over every saved page in tests/fixtures/fixtures.json that
// states expected values, then over the real pages of
// tests/fixtures/corpus/corpus.json, and prints for each set field-level
// precision and recall per page kind and per field (see accuracy-report.ts),
// ending with the overall line
// `extraction: <correct>/<expected> fields correct, <wrong> wrong`.
// Exits 1 when any value is wrong, 2 on a usage problem.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractPage } from '../../lib/node/extract-page.ts';
import {
  compareCorpus,
  compareFields,
  formatReport,
  totals,
  type CorpusEntry,
  type FieldResult,
  type FixtureEntry,
} from './accuracy-report';
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
  const results: FieldResult[] = [];
  let pages = 0;
  for (const entry of entries) {
    if (!entry.expected) continue;
    const html = await readHtml(join(dir, entry.file), entry.file);
    results.push(...compareFields(entry, extractPage(parseHtml(html), entry.url)));
    pages += 1;
  }
  const corpusDir = join(dir, 'corpus');
  const corpus = (await readEntries(join(corpusDir, 'corpus.json'))) as unknown as CorpusEntry[];
  const corpusResults: FieldResult[] = [];
  for (const entry of corpus) {
    const html = await readHtml(join(corpusDir, entry.file), `corpus/${entry.file}`);
    corpusResults.push(...compareCorpus(entry, extractPage(parseHtml(html), entry.url)));
  }
  const all = [...results, ...corpusResults];
  if (totals(all).wrong > 0) process.exitCode = 1;
  const overall =
    formatReport(all, pages + corpus.length)
      .split('\n')
      .pop() ?? '';
  return [
    `fixtures (${pages} pages, tests/fixtures/fixtures.json)`,
    withoutLastLine(formatReport(results, pages)),
    fieldTable(results),
    `fixtures: ${lastLine(formatReport(results, pages))}`,
    '',
    `corpus (${corpus.length} real pages, tests/fixtures/corpus/corpus.json)`,
    withoutLastLine(formatReport(corpusResults, corpus.length)),
    fieldTable(corpusResults),
    `corpus: ${lastLine(formatReport(corpusResults, corpus.length))}`,
    '',
    overall,
  ].join('\n');
});

function lastLine(text: string): string {
  return text.split('\n').pop() ?? '';
}

function withoutLastLine(text: string): string {
  return text.split('\n').slice(0, -1).join('\n');
}

/** Correct, wrong and missing per field, for one set of pages. */
function fieldTable(results: readonly FieldResult[]): string {
  const fields = [...new Set(results.map((r) => r.field))];
  const width = Math.max(5, ...fields.map((f) => f.length));
  const lines = [`${'field'.padEnd(width)}  correct  wrong  missing`];
  for (const field of fields) {
    const t = totals(results.filter((r) => r.field === field));
    lines.push(
      `${field.padEnd(width)}  ${String(t.correct).padStart(7)}  ${String(t.wrong).padStart(5)}  ${String(t.missing).padStart(7)}`,
    );
  }
  return lines.join('\n');
}

async function readHtml(path: string, name: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => {
    throw new CliError(`cannot read fixture ${name}`);
  });
}

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
