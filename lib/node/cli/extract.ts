// `npm run --silent extract -- <file.html> --url <page-url>`
// Prints what the extension would store for a saved page, as JSON: its
// PageHints with the technologies attributed as the worker attributes them.

import { extractStoredPage } from '../stored-page.ts';
import { parseCliArgs, runCli } from './args';
import { loadPage } from './page-file';

void runCli('extract', async (argv) => {
  const { file, options } = parseCliArgs(argv, { url: 'string' });
  const { doc, url } = await loadPage(file, options.url);
  return JSON.stringify(extractStoredPage(doc, url), null, 2);
});
