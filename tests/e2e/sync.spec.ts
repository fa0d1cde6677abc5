import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signEnvelope, signingBytes } from '../../lib/core/sync/envelope';
import { generateSigningKeyPair, importPrivateKey } from '../../lib/core/sync/keys';
import { sampleIcp } from '../../lib/core/icp/sample-icp';
import { readFile } from 'node:fs/promises';
import { expect, launchWithExtension, test, useTestReading } from './extension-test';
import { badgeText, openTab, storedAccount, storedAccountIds } from './pages/side-panel';

// A manager's signed ICP on a static host (here 127.0.0.1), a rep who follows
// it, and every way the host can go wrong afterwards.

type Reply = { status?: number; body?: string | Buffer; delayMs?: number };

async function startConfigHost() {
  let reply: Reply = { status: 404, body: 'not yet' };
  const server: Server = createServer((req, res) => {
    const send = () => {
      if (res.destroyed) return;
      // A static host that allows cross-origin reads, as object stores and
      // Git hosts' pages do; headless Chromium cannot answer the permission prompt.
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      res.end(reply.body ?? '');
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/team/icp.json`,
    set: (next: Reply) => (reply = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

test('a rep follows the team ICP: v2 arrives, accounts re-score, bad updates never get in', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const host = await startConfigHost();
  try {
    const keys = await generateSigningKeyPair();
    // v2 counts advertising companies as software customers too.
    const v2 = structuredClone(sampleIcp);
    v2.version = 2;
    v2.segments[1]!.criteria[0]!.rule = {
      field: 'industry',
      anyOf: ['Software Development', 'Advertising Services'],
    };
    const envelopeV2 = await signEnvelope(v2, keys.privateKey, {
      publisher: 'Sales ops',
      changelog: 'Scale-ups: advertising technology counts as software.',
    });

    const { tabId } = await openTab(
      context,
      serviceWorker,
      'https://www.linkedin.com/company/audiense/about/',
    );
    await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('B');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('sync-url').fill(host.url);
    await options.getByTestId('sync-key').fill(keys.publicKey);
    host.set({ body: JSON.stringify(envelopeV2) });
    await options.getByTestId('sync-save').click();
    await expect(options.getByTestId('sync-status')).toContainText(`Following ${host.url}`);
    await options.getByTestId('sync-now').click();

    await expect(options.getByTestId('sync-change')).toContainText('ICP v2');
    await expect
      .poll(async () => (await storedAccount(serviceWorker, 'audiense.com')).score.tier.id)
      .toBe('a');
    await expect(options.locator('[data-testid="history-entry"]').first()).toHaveAttribute(
      'data-version',
      '2',
    );
    const accountsBefore = (await storedAccountIds(serviceWorker)).length;

    // A well-signed envelope whose payload breaks the schema: signed by hand,
    // since signEnvelope itself refuses an invalid ICP.
    const invalid = {
      ...envelopeV2,
      version: 3,
      payload: JSON.stringify({ ...v2, version: 3, tiers: [] }),
    };
    const key = await importPrivateKey(keys.privateKey);
    const { signature: _old, ...unsigned } = invalid;
    const signature = Buffer.from(
      await crypto.subtle.sign('Ed25519', key, signingBytes(unsigned)),
    ).toString('base64url');
    const lower = await signEnvelope({ ...v2, version: 1 }, keys.privateKey, {
      publisher: 'Sales ops',
    });

    const failures: [string, Reply, RegExp][] = [
      ['a server error', { status: 500, body: 'boom' }, /500/],
      ['invalid JSON', { body: '{ not json' }, /JSON/i],
      [
        'a bad signature',
        {
          body: JSON.stringify({
            ...envelopeV2,
            version: 3,
            signature: envelopeV2.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
          }),
        },
        /signature/i,
      ],
      ['a schema-invalid payload', { body: JSON.stringify({ ...invalid, signature }) }, /tiers/],
      ['a lower version', { body: JSON.stringify(lower) }, /older|downgrad/i],
      ['a 20 MB body', { body: Buffer.alloc(20 * 1024 * 1024, 32) }, /larger|too large|MiB/i],
      ['a timeout', { body: JSON.stringify(envelopeV2), delayMs: 15_000 }, /timed out/i],
    ];
    for (const [name, reply, reason] of failures) {
      host.set(reply);
      await options.getByTestId('sync-now').click();
      await expect(options.getByTestId('sync-error'), name).toContainText(reason, {
        timeout: 20_000,
      });
      // Still on v2, nothing lost, nothing re-scored wrongly.
      await expect(options.locator('[data-testid="history-entry"]').first(), name).toHaveAttribute(
        'data-version',
        '2',
      );
      expect((await storedAccountIds(serviceWorker)).length, name).toBe(accountsBefore);
      expect((await storedAccount(serviceWorker, 'audiense.com')).score.icpVersion, name).toBe(2);
      expect((await storedAccount(serviceWorker, 'audiense.com')).score.tier.id, name).toBe('a');
    }

    // One click back to v1 re-scores the account as before.
    await options
      .locator('[data-testid="history-entry"][data-version="1"] [data-testid="rollback"]')
      .click();
    await expect
      .poll(async () => (await storedAccount(serviceWorker, 'audiense.com')).score.tier.id)
      .toBe('b');
  } finally {
    await host.close();
  }
});

test('a manager publishes v2 from the options page; the rep’s account changes tier', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const host = await startConfigHost();
  const manager = await launchWithExtension();
  try {
    const managerWorker =
      manager.serviceWorkers()[0] ?? (await manager.waitForEvent('serviceworker'));
    await useTestReading(managerWorker);
    const managerId = new URL(managerWorker.url()).host;
    const managerPage = await manager.newPage();
    await managerPage.goto('https://www.linkedin.com/company/audiense/about/');
    const options = await manager.newPage();
    await options.goto(`chrome-extension://${managerId}/options.html`);

    // Edit: JSON checked as typed, problems named at their path.
    await options.getByTestId('icp-view-json').check();
    const editor = options.getByTestId('icp-json');
    const v1 = JSON.parse(await editor.inputValue());
    await editor.fill(JSON.stringify({ ...v1, tiers: [] }));
    await expect(options.getByTestId('icp-problem').first()).toContainText('tiers');
    const v2 = structuredClone(v1);
    v2.version = 2;
    v2.segments[1].criteria[0].rule.anyOf.push('Advertising Services');
    await editor.fill(JSON.stringify(v2, null, 2));
    await expect(options.getByTestId('icp-check')).toContainText('Valid:');
    await expect(options.getByTestId('icp-check')).toContainText('v2');

    // Preview: the manager's own stored Audiense would move from B to A.
    await expect
      .poll(async () => (await storedAccount(managerWorker, 'audiense.com'))?.score.tier.id)
      .toBe('b');
    await options.getByTestId('preview-draft').click();
    await expect(
      options.locator('[data-testid="draft-change"][data-account-id="audiense.com"]'),
    ).toContainText('B → A');

    // Publish: a key pair made here, the envelope downloaded.
    await options.getByTestId('generate-key').click();
    const publicKey = (await options.getByTestId('public-key').textContent())!;
    await options.getByTestId('publisher').fill('Sales ops');
    await options.getByTestId('changelog').fill('Advertising technology counts as software.');
    await expect(options.getByTestId('publish-version')).toHaveValue('2');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('publish').click(),
    ]);
    host.set({ body: await readFile((await download.path())!) });

    // The rep follows the team's URL with the manager's public key.
    const { tabId } = await openTab(
      context,
      serviceWorker,
      'https://www.linkedin.com/company/audiense/about/',
    );
    await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('B');
    const repOptions = await context.newPage();
    await repOptions.goto(`chrome-extension://${extensionId}/options.html`);
    await repOptions.getByTestId('sync-url').fill(host.url);
    await repOptions.getByTestId('sync-key').fill(publicKey);
    await repOptions.getByTestId('sync-save').click();
    await repOptions.getByTestId('sync-now').click();
    await expect(repOptions.getByTestId('sync-change')).toContainText('ICP v2');
    await expect
      .poll(async () => (await storedAccount(serviceWorker, 'audiense.com')).score.tier.id)
      .toBe('a');
  } finally {
    await manager.close();
    await host.close();
  }
});
