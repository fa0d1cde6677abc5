import type { PageHints } from '../../core/hints/page-hints';
import { score } from '../../core/scoring/score';
import type { AccountRecord, TabRecord } from '../../core/accounts/account';
import { accountKeys } from '../../core/accounts/account-key';
import { getActiveIcp } from '../accounts/active-icp';
import type { IcpLensDb } from '../db/db';
import { mergeFacts } from '../../core/accounts/merge';
import { nameKey } from '../../core/accounts/name-key';
import { matchPersona } from '../../core/scoring/personas';
import type { KeepAccounts } from '../../core/privacy/reading-policy';
import { keptOnRead } from '../../core/privacy/keep-policy';
import { loadReading } from '../privacy/reading-settings';
import { dropPending, readPending } from '../accounts/pending-accounts';
import { holdForTab } from './keep-pending';

const MAX_SOURCES = 20;

/**
 * Records what a tab shows: merges a company page into its account, re-scores
 * it with the active ICP, and remembers which account the tab is on. A stored
 * account is updated in one transaction, so a worker stopped mid-way leaves
 * either all or nothing. A company not stored yet is stored only if the
 * rep's "keep accounts" setting takes it as read; otherwise it waits for the
 * tab in session storage (returned all the same: the badge shows its tier).
 */
export async function recordPage(
  db: IcpLensDb,
  tabId: number,
  hints: PageHints,
  now = Date.now(),
  keep?: KeepAccounts,
): Promise<AccountRecord | undefined> {
  // Read before the transaction: Dexie's would end on a non-database await.
  const [keepSetting, waiting] = await Promise.all([
    keep ?? loadReading().then((r) => r.settings.keep),
    readPending(tabId),
  ]);
  const outcome = await storeOrScore(db, tabId, hints, now, keepSetting, waiting);
  if (outcome.wait) await holdForTab(db, outcome.tab, outcome.wait);
  else if (waiting) await dropPending(tabId);
  return outcome.account;
}

type Outcome =
  | { account: AccountRecord | undefined; wait?: undefined }
  | { account: AccountRecord; wait: AccountRecord; tab: Omit<TabRecord, 'accountId'> };

function storeOrScore(
  db: IcpLensDb,
  tabId: number,
  hints: PageHints,
  now: number,
  keep: KeepAccounts,
  waiting: AccountRecord | undefined,
): Promise<Outcome> {
  const keys = accountKeys(hints);
  return db.transaction('rw', db.accounts, db.icpHistory, db.tabs, async (): Promise<Outcome> => {
    const tab = {
      tabId,
      url: hints.url,
      kind: hints.kind,
      ...(hints.person && { person: hints.person }),
      updatedAt: now,
    };
    if (hints.kind === 'linkedin-person' && hints.person) {
      const employer = await tiePerson(db, hints, now);
      await db.tabs.put({ ...tab, accountId: employer?.id ?? null });
      return { account: undefined };
    }
    if (!keys) {
      await db.tabs.put({ ...tab, accountId: null });
      return { account: undefined };
    }
    const stored = await findExisting(db, keys.id, keys.linkedinSlug);
    // The tab's waiting account grows with each page of the same company, so
    // its score (and whether it reaches the tier) counts every page seen.
    const previous = stored ?? (waiting && sameCompany(waiting, keys) ? waiting : undefined);
    const icp = await getActiveIcp(db);
    const facts = mergeFacts(previous?.facts, hints, now);
    // A read that names no domain (a LinkedIn page still rendering) never
    // moves an account off the domain key it already has.
    const id = keys.domain ? keys.id : (previous?.id ?? keys.id);
    const key = nameKey(facts.company.name);
    const account: AccountRecord = {
      id,
      ...(key && { nameKey: key }),
      ...(previous?.people && { people: previous.people }),
      ...((keys.domain ?? previous?.domain) && { domain: keys.domain ?? previous?.domain }),
      ...((keys.linkedinSlug ?? previous?.linkedinSlug) && {
        linkedinSlug: keys.linkedinSlug ?? previous?.linkedinSlug,
      }),
      facts,
      sources: [
        { url: hints.url, kind: hints.kind, seenAt: now },
        ...(previous?.sources ?? []).filter((s) => s.url !== hints.url),
      ].slice(0, MAX_SOURCES),
      score: score(facts, icp),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    if (!stored && !keptOnRead(account.score.tier, keep, icp.tiers))
      return { account, wait: account, tab };
    // A company first seen by its LinkedIn slug moves to its domain key once
    // the domain is known, so one company is never two accounts.
    if (stored && stored.id !== account.id) {
      await db.accounts.delete(stored.id);
      await db.tabs.where('accountId').equals(stored.id).modify({ accountId: account.id });
    }
    await db.accounts.put(account);
    await db.tabs.put({ ...tab, accountId: account.id });
    return { account };
  });
}

function sameCompany(
  account: AccountRecord,
  keys: { id: string; domain?: string; linkedinSlug?: string },
): boolean {
  return (
    account.id === keys.id ||
    (keys.domain !== undefined && account.domain === keys.domain) ||
    (keys.linkedinSlug !== undefined && account.linkedinSlug === keys.linkedinSlug)
  );
}

async function findExisting(
  db: IcpLensDb,
  id: string,
  slug: string | undefined,
): Promise<AccountRecord | undefined> {
  const byId = await db.accounts.get(id);
  if (byId) return byId;
  if (!slug) return undefined;
  return (
    (await db.accounts.get(`linkedin:${slug}`)) ??
    (await db.accounts.where('linkedinSlug').equals(slug).first())
  );
}

const MAX_PEOPLE = 50;

/**
 * A profile names its employer only by name: the stored account with that
 * name gets the person (with the persona their title fits), so the panel can
 * show talking points for them against the account's own fit.
 */
async function tiePerson(
  db: IcpLensDb,
  hints: PageHints,
  now: number,
): Promise<AccountRecord | undefined> {
  const person = hints.person!;
  const key = nameKey(person.companyName);
  if (!key || !person.name) return undefined;
  const employer = await db.accounts.where('nameKey').equals(key).first();
  if (!employer) return undefined;
  const persona = matchPersona(person.title, (await getActiveIcp(db)).personas);
  const entry = {
    name: person.name,
    ...(person.title && { title: person.title }),
    ...(persona && { personaId: persona.id }),
    url: hints.url,
    seenAt: now,
  };
  const people = [entry, ...(employer.people ?? []).filter((p) => p.url !== hints.url)].slice(
    0,
    MAX_PEOPLE,
  );
  await db.accounts.update(employer.id, { people });
  return { ...employer, people };
}
