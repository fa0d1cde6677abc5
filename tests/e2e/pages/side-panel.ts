/// <reference types="chrome" />
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

/** The side panel, opened as a page pinned to one tab. */
export class SidePanelPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId: number) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    return new SidePanelPage(page);
  }

  get accountName(): Locator {
    return this.page.getByTestId('account-name');
  }
  get tier(): Locator {
    return this.page.getByTestId('tier');
  }
  get score(): Locator {
    return this.page.getByTestId('score');
  }
  get confidence(): Locator {
    return this.page.getByTestId('confidence');
  }
  get criteria(): Locator {
    return this.page.getByTestId('criterion');
  }
  get questions(): Locator {
    return this.page.getByTestId('question');
  }
  get signals(): Locator {
    return this.page.getByTestId('signal');
  }
  get emptyState(): Locator {
    return this.page.getByTestId('empty-state');
  }

  answerInput(criterionId: string): Locator {
    return this.page.locator(`[data-testid="answer-input"][data-criterion-id="${criterionId}"]`);
  }

  criterion(id: string): Locator {
    return this.page.locator(`[data-testid="criterion"][data-criterion-id="${id}"]`);
  }

  async number(locator: Locator): Promise<number> {
    return Number.parseInt((await locator.textContent()) ?? '', 10);
  }
}

/** The id the extension knows a page's tab by. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens `url` in a new tab, as a rep would, and returns the page with its tab id. */
export async function openTab(context: BrowserContext, worker: Worker, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(worker, page) };
}

/**
 * Reads the accounts store straight from the extension's IndexedDB, in its
 * service worker: one account by id, or every id when none is given.
 */
function readAccounts(worker: Worker, key?: string): Promise<unknown> {
  return worker.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('accounts').objectStore('accounts');
          const request = id === null ? store.getAllKeys() : store.get(id);
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key ?? null,
  );
}

/** Ids of the stored accounts. */
export async function storedAccountIds(worker: Worker): Promise<string[]> {
  return ((await readAccounts(worker)) as IDBValidKey[]).map(String);
}

export async function storedAccount(worker: Worker, id: string): Promise<Record<string, any>> {
  return (await readAccounts(worker, id)) as Record<string, any>;
}
