import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/accounts/db';
import { AccountView } from './AccountView';
import { PersonView } from './PersonView';
import { useCurrentTabId } from './use-current-tab';

export function SidePanel({ search }: { search: string }) {
  const tabId = useCurrentTabId(search);
  // Re-runs whenever the background records what this tab shows, which is
  // how the panel follows LinkedIn's in-page navigation.
  const view = useLiveQuery(async () => {
    if (tabId === undefined) return { tab: undefined, account: undefined };
    const tab = await db.tabs.get(tabId);
    const account = tab?.accountId ? await db.accounts.get(tab.accountId) : undefined;
    return { tab, account };
  }, [tabId]);

  if (!view) return null;
  if (view.account) return <AccountView account={view.account} />;
  if (view.tab?.person) return <PersonView person={view.tab.person} />;
  return <EmptyState kind={view.tab?.kind} />;
}

function EmptyState({ kind }: { kind: string | undefined }) {
  const message =
    kind === 'other'
      ? 'This page is not a company’s own site or LinkedIn page, so there is nothing to qualify here.'
      : kind === 'linkedin-person'
        ? 'A LinkedIn profile: open the company page of this person’s employer to qualify the account.'
        : 'Open a LinkedIn company page or a company’s website to see how it fits your ICP.';
  return (
    <div className="empty" data-testid="empty-state" data-kind={kind ?? 'none'}>
      <h1>ICP Lens</h1>
      <p>{message}</p>
    </div>
  );
}
