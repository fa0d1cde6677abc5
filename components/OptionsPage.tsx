import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveIcp } from '@/lib/accounts/active-icp';
import { db } from '@/lib/accounts/db';
import { IcpSummary } from './IcpSummary';

export function OptionsPage() {
  const icp = useLiveQuery(() => getActiveIcp(db));
  if (!icp) return null;
  return (
    <main>
      <IcpSummary icp={icp} />
    </main>
  );
}
