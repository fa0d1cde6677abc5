import type { PageHints } from '../../core/hints/page-hints';
import { score } from '../../core/scoring/score';
import type { AccountRecord } from '../../core/accounts/account';
import { accountKeys } from '../../core/accounts/account-key';
import { getActiveIcp } from '../accounts/active-icp';
import type { IcpLensDb } from '../db/db';
import { mergeFacts } from '../../core/accounts/merge';
import { nameKey } from '../../core/accounts/name-key';
import { matchPersona } from '../../core/scoring/personas';

const MAX_SOURCES = 20;

/**
 * Stores what a tab shows: merges a company page into its account, re-scores
 * it with the active ICP, and remembers which account the tab is on. One
 * transaction, so a worker stopped mid-way leaves either all or nothing.
 */
export async function recordPage(
  db: IcpLensDb,
  tabId: number,
  hints: PageHints,
  now = Date.now(),
): Promise<AccountRecord | undefined> {
  const keys = accountKeys(hints);
  return db.transaction('rw', db.accounts, db.icpHistory, db.tabs, async () => {
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
      return undefined;
    }
    if (!keys) {
      await db.tabs.put({ ...tab, accountId: null });
      return undefined;
    }
    const previous = await findExisting(db, keys.id, keys.linkedinSlug);
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
      score: score(facts, await getActiveIcp(db)),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    // A company first seen by its LinkedIn slug moves to its domain key once
    // the domain is known, so one company is never two accounts.
    if (previous && previous.id !== account.id) {
      await db.accounts.delete(previous.id);
      await db.tabs.where('accountId').equals(previous.id).modify({ accountId: account.id });
    }
    await db.accounts.put(account);
    await db.tabs.put({ ...tab, accountId: account.id });
    return account;
  });
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
