import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/extension/db/db';
import type { AccountRecord, TabRecord } from '@/lib/core/accounts/account';
import { AccountList } from '@/components/AccountList';
import { AccountView } from '@/components/AccountView';
import { PersonView } from '@/components/PersonView';
import { StorageErrorBanner } from '@/components/StorageErrorBanner';
import { useCurrentTabId } from '@/components/use-current-tab';
import { ReadingStatus } from '@/components/ReadingStatus';
import { ForgetAccount } from '@/components/ForgetAccount';
import { PendingAccount } from '@/components/PendingAccount';
import { useKeepOnOpen, usePendingAccount } from '@/components/use-pending-account';

type View = { name: 'page' } | { name: 'list' } | { name: 'account'; accountId: string };

export function SidePanel({ search }: { search: string }) {
  const [view, setView] = useState<View>({ name: 'page' });
  return (
    <>
      <nav className="panel-nav" aria-label="ICP Lens">
        <button
          type="button"
          aria-pressed={view.name === 'page'}
          onClick={() => setView({ name: 'page' })}
        >
          This page
        </button>
        <button
          type="button"
          aria-pressed={view.name !== 'page'}
          onClick={() => setView({ name: 'list' })}
          data-testid="open-account-list"
        >
          Accounts
        </button>
      </nav>
      <main>
        <StorageErrorBanner />
        {view.name === 'page' && <CurrentPage search={search} />}
        {view.name === 'list' && (
          <AccountList onOpen={(accountId) => setView({ name: 'account', accountId })} />
        )}
        {view.name === 'account' && <StoredAccount accountId={view.accountId} />}
      </main>
    </>
  );
}

function CurrentPage({ search }: { search: string }) {
  const tabId = useCurrentTabId(search);
  // Re-runs whenever the background records what this tab shows, which is
  // how the panel follows LinkedIn's in-page navigation.
  const view = useLiveQuery(async () => {
    if (tabId === undefined) return { tab: undefined, account: undefined };
    const tab = await db.tabs.get(tabId);
    // A waiting account may have been kept from another tab meanwhile.
    const id = tab?.accountId ?? tab?.pendingAccountId;
    const account = id ? await db.accounts.get(id) : undefined;
    return { tab, account };
  }, [tabId]);
  const pending = usePendingAccount(tabId, view?.account ? undefined : view?.tab?.pendingAccountId);
  useKeepOnOpen(tabId, pending);

  if (!view) return null;
  // A panel pinned to a tab (`?tabId=`) was not opened by a click on it.
  const readOnOpen = !new URLSearchParams(search).has('tabId');
  return (
    <>
      {tabId !== undefined && <ReadingStatus tabId={tabId} readOnOpen={readOnOpen} />}
      {pending && !view.tab?.person ? (
        <PendingAccount tabId={tabId!} account={pending} />
      ) : (
        <PageView view={view} />
      )}
    </>
  );
}

function PageView({ view }: { view: { tab?: TabRecord; account?: AccountRecord } }) {
  if (view.tab?.person) return <PersonView person={view.tab.person} account={view.account} />;
  if (view.account) return <ShownAccount account={view.account} />;
  return <EmptyState kind={view.tab?.kind} />;
}

function StoredAccount({ accountId }: { accountId: string }) {
  const account = useLiveQuery(() => db.accounts.get(accountId), [accountId]);
  if (!account) return null;
  return <ShownAccount account={account} />;
}

function ShownAccount({ account }: { account: AccountRecord }) {
  return (
    <>
      <AccountView account={account} />
      <ForgetAccount
        accountId={account.id}
        name={account.facts.company?.name ?? account.domain ?? account.id}
      />
    </>
  );
}

function EmptyState({ kind }: { kind: string | undefined }) {
  const message =
    kind === 'other'
      ? 'This page is not a company’s own site or LinkedIn page, so there is nothing to qualify here.'
      : 'Open a LinkedIn company page or a company’s website to see how it fits your ICP.';
  return (
    <div className="empty" data-testid="empty-state" data-kind={kind ?? 'none'}>
      <h1>ICP Lens</h1>
      <p>{message}</p>
    </div>
  );
}
