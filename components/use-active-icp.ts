import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveIcp } from '@/lib/extension/accounts/active-icp';
import { db } from '@/lib/extension/db/db';
import type { IcpConfig } from '@/lib/core/icp/schema';

/** The ICP in force, following updates as they are stored. */
export function useActiveIcp(): IcpConfig | undefined {
  return useLiveQuery(() => getActiveIcp(db));
}
