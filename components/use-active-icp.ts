import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveIcp } from '@/lib/accounts/active-icp';
import { db } from '@/lib/accounts/db';
import type { IcpConfig } from '@/lib/icp/schema';

/** The ICP in force, following updates as they are stored. */
export function useActiveIcp(): IcpConfig | undefined {
  return useLiveQuery(() => getActiveIcp(db));
}
