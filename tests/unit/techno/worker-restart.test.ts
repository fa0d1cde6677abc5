// The page answers the second technology pass in its idle time, so the worker
// that planned it may have been stopped before the report arrives: the
// report must still find its first pass.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureIcpInstalled } from '../../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { createHandlers } from '../../../lib/extension/worker/handlers';
import type { Handlers } from '../../../lib/messaging/listen';
import { parseHtml } from '../../../lib/node/parse-html';
import { readPage } from '../../../lib/node/extract-page';
import { answerDom, gatherPageSignals } from '../../../lib/page/techno/gather';

const URL_ =
  'http://www.caktusgroup.com/blog/2015/06/08/testing-client-side-applications-django-post-mortem/';
const sender = { id: fakeBrowser.runtime.id, tab: { id: 9 } } as Parameters<
  Handlers['pageRead']
>[1];

describe('a worker stopped between plan and report', () => {
  it('still stores the stack, and keeps nothing once it is stored', async () => {
    const doc = parseHtml(readFileSync('tests/fixtures/site-caktusgroup-blog.html', 'utf8'));
    const db = new IcpLensDb('worker-restart');
    await ensureIcpInstalled(db, 1);

    const planning = createHandlers(db);
    const read = await planning.pageRead({ page: readPage(doc, URL_) }, sender);
    expect(read.wantsTechnologies).toBe(true);
    const { needs } = await planning.planTechnologies(
      { signals: gatherPageSignals(doc, URL_), globals: [] },
      sender,
    );
    expect(needs).not.toBeNull();

    // A new worker: nothing of the old one's memory is left.
    const restarted = createHandlers(db);
    const reply = await restarted.reportTechnologies(
      { url: URL_, dom: answerDom(doc, needs!.dom, () => 0), js: {} },
      sender,
    );
    expect(reply.technologies).toBeGreaterThan(0);
    const account = await db.accounts.get(read.accountId!);
    expect(account?.facts.technologies.map((t) => t.name)).toContain('Django');
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((k) => k.startsWith('firstPass:'))).toEqual([]);

    // A second report of the same page has no first pass to pair with.
    expect(
      (await restarted.reportTechnologies({ url: URL_, dom: {}, js: {} }, sender)).technologies,
    ).toBe(0);
    db.close();
    await db.delete();
  });
});
