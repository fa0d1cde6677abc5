// Loads a saved HTML page for the CLIs, with the URL it was saved from
// (extraction depends on it: the same HTML is a LinkedIn company page or not
// depending on where it came from).

import { readFile, stat } from 'node:fs/promises';
import { CliError } from './args';
import { parseHtml } from '../parse-html';

/** Far above any real page; a bigger file is not a saved page. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface LoadedPage {
  doc: Document;
  /** The validated page URL, as given. */
  url: string;
}

/** Returns `url` if it is an absolute http(s) URL, else throws a CliError naming the problem. */
export function validatePageUrl(url: string | undefined): string {
  if (url === undefined || url === '') {
    throw new CliError('missing --url <page-url> (the address the page was saved from)');
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new CliError(`--url must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  }
  return url;
}

/** Reads and parses the HTML file at `path`; throws a CliError for a bad URL or unreadable file. */
export async function loadPage(path: string, url: string | undefined): Promise<LoadedPage> {
  const pageUrl = validatePageUrl(url);
  let html: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > MAX_FILE_BYTES)
      throw new CliError(`cannot read file ${path}: larger than 50 MB`);
    html = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read file ${path}: ${describeFsError(error)}`);
  }
  return { doc: parseHtml(html), url: pageUrl };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
