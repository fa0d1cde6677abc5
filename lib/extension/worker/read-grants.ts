import { browser } from 'wxt/browser';
import { hostOf } from '../../core/privacy/reading-policy';

// A rep's "read this page" holds for that tab while it stays on that host.
// Kept in storage.session: the worker may be stopped between the click and
// the page's answer, and nothing of it should outlive the browser session.

const GRANTS_KEY = 'readGrants';

interface Grant {
  host: string;
  confirmed: boolean;
}

async function grants(): Promise<Record<string, Grant>> {
  const stored = (await browser.storage.session.get(GRANTS_KEY))[GRANTS_KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, Grant>) : {};
}

export async function grantRead(tabId: number, url: string, confirmed: boolean): Promise<void> {
  const host = hostOf(url);
  if (!host) return;
  await browser.storage.session.set({
    [GRANTS_KEY]: { ...(await grants()), [tabId]: { host, confirmed } },
  });
}

/** What the rep asked for on this tab, if it is still on the host they clicked on. */
export async function grantFor(
  tabId: number,
  url: string,
): Promise<{ clicked: boolean; confirmed: boolean }> {
  const grant = (await grants())[tabId];
  if (!grant || grant.host !== hostOf(url)) return { clicked: false, confirmed: false };
  return { clicked: true, confirmed: grant.confirmed };
}

export async function dropGrant(tabId: number): Promise<void> {
  const all = await grants();
  if (!(tabId in all)) return;
  delete all[tabId];
  await browser.storage.session.set({ [GRANTS_KEY]: all });
}
