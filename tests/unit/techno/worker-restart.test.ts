// The page's probe answers the globals in its own time, so the worker that
// planned the pass may have been stopped before the report arrives: the
// report must still find the rest of the pass.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureIcpInstalled } from '../../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { createHandlers } from '../../../lib/extension/worker/handlers';
import type { Handlers } from '../../../lib/messaging/listen';

const URL_ =
  'http://www.caktusgroup.com/blog/2015/06/08/testing-client-side-applications-django-post-mortem/';
const sender = { id: fakeBrowser.runtime.id, tab: { id: 9 } } as Parameters<
  Handlers['pageMarkup']
>[1];

describe('a worker stopped between plan and report', () => {
  it('still stores the stack, and keeps nothing once it is stored', async () => {
    const html = readFileSync('tests/fixtures/site-caktusgroup-blog.html', 'utf8');
    const db = new IcpLensDb('worker-restart');
    await ensureIcpInstalled(db, 1);

    const planning = createHandlers(db);
    const read = await planning.pageMarkup({ url: URL_, html, technologies: true }, sender);
    expect(read.wantsTechnologies).toBe(true);
    // Stopped between the read and the live page's share, too.
    const { js } = await createHandlers(db).technologyLive(
      { url: URL_, added: [], cookies: [], globals: ['jQuery'] },
      sender,
    );
    expect(js).toContain('jQuery.fn.jquery');

    // A new worker: nothing of the old one's memory is left.
    const restarted = createHandlers(db);
    const reply = await restarted.reportTechnologies(
      { url: URL_, js: { jQuery: true, 'jQuery.fn.jquery': '1.11.1' } },
      sender,
    );
    expect(reply.technologies).toBeGreaterThan(0);
    const account = await db.accounts.get(read.accountId!);
    const names = account?.facts.technologies.map((t) => t.name);
    expect(names).toContain('Django');
    expect(names).toContain('jQuery');
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((k) => k.startsWith('firstPass:'))).toEqual([]);

    // A second report of the same page has no first pass to pair with.
    expect((await restarted.reportTechnologies({ url: URL_, js: {} }, sender)).technologies).toBe(
      0,
    );
    db.close();
    await db.delete();
  });
});
