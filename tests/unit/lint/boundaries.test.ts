// The import rule by folder (tests/lint/boundaries.js) must fire on the
// imports it exists to stop, and stay quiet on the ones the layout allows.

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('boundaries/'))
    .map((m) => m.message);
}

describe('the runtime boundaries', () => {
  it.each([
    ['lib/page/techno/wrong.ts', "import { db } from '../../extension/db/db';\nvoid db;\n"],
    ['lib/page/techno/wrong.ts', "import { z } from 'zod';\nvoid z;\n"],
    ['lib/dom/read/wrong.ts', "import { z } from 'zod';\nvoid z;\n"],
    // A reader of documents sends nothing: it runs wherever a Document is.
    [
      'lib/dom/read/wrong.ts',
      "import { sendMessage } from '../../messaging/send';\nvoid sendMessage;\n",
    ],
    // Chrome's worker has no DOM: it reaches the readers through its reader.
    [
      'lib/extension/worker/wrong.ts',
      "import { readPage } from '../../dom/read/read-page';\nvoid readPage;\n",
    ],
    [
      'lib/page/techno/wrong.ts',
      "import { score } from '@/lib/core/scoring/score';\nimport { listenForMessages } from '../../messaging/listen';\nvoid score; void listenForMessages;\n",
    ],
    ['lib/core/scoring/wrong.ts', "import { browser } from 'wxt/browser';\nvoid browser;\n"],
    [
      'lib/core/scoring/wrong.ts',
      "import { readPage } from '../../dom/read/read-page';\nvoid readPage;\n",
    ],
    ['lib/core/scoring/wrong.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n"],
    [
      'components/Wrong.tsx',
      "import { matchTechnologies } from '@/lib/extension/worker/techno/match';\nvoid matchTechnologies;\n",
    ],
    [
      'lib/extension/accounts/wrong.ts',
      "import { createHandlers } from '../worker/handlers';\nvoid createHandlers;\n",
    ],
    ['entrypoints/content.ts', "import { db } from '@/lib/extension/db/db';\nvoid db;\n"],
  ])('%s: rejects the import', async (file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([]);
  });

  it.each([
    [
      'lib/dom/read/right.ts',
      "import type { RawPage } from '../../core/hints/raw-page';\nexport type R = RawPage;\n",
    ],
    [
      'lib/page/techno/right.ts',
      "import { sendMessage } from '../../messaging/send';\nvoid sendMessage;\n",
    ],
    [
      'lib/extension/reader/right.ts',
      "import { readPage } from '../../dom/read/read-page';\nvoid readPage;\n",
    ],
    [
      'components/Right.tsx',
      "import type { SyncOutcome } from '@/lib/extension/worker/sync/run-sync';\nexport type S = SyncOutcome;\n",
    ],
    ['components/Right.tsx', "import { db } from '@/lib/extension/db/db';\nvoid db;\n"],
    [
      'lib/node/cli/right.ts',
      "import { matchTechnologies } from '../../extension/worker/techno/match';\nimport { readFileSync } from 'node:fs';\nvoid matchTechnologies; void readFileSync;\n",
    ],
  ])('%s: allows the import', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
