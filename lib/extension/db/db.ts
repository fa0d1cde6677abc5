import Dexie, { type EntityTable } from 'dexie';
import type { IcpConfig } from '../../core/icp/schema';
import type { AccountRecord, TabRecord } from '../../core/accounts/account';
import { addNameKey, addProvenance } from './upgrades';

/** When the rep last opened an account in the panel: what retention counts from. */
export interface OpenedRecord {
  id: string;
  at: number;
}

export interface IcpHistoryRecord {
  seq?: number;
  version: number;
  icp: IcpConfig;
  installedAt: number;
  /** Where it came from: "sample", "file", a sync URL... */
  source: string;
}

// One database in the extension's origin (never in a content script, where
// it would land in the visited site's storage). Schema history stays here as
// successive version() calls so every older store can be upgraded.
export class IcpLensDb extends Dexie {
  accounts!: EntityTable<AccountRecord, 'id'>;
  icpHistory!: EntityTable<IcpHistoryRecord, 'seq'>;
  tabs!: EntityTable<TabRecord, 'tabId'>;
  opened!: EntityTable<OpenedRecord, 'id'>;

  constructor(name = 'icp-lens') {
    super(name);
    this.version(1).stores({
      accounts: 'id, domain, linkedinSlug, score.tier.id, updatedAt',
      icpHistory: '++seq, version, installedAt',
      tabs: 'tabId, accountId',
    });
    // v2: each company field records where its value came from, and values
    // that contradict it are kept as conflicts.
    this.version(2).upgrade((tx) =>
      tx
        .table('accounts')
        .toCollection()
        .modify((account: AccountRecord) => addProvenance(account)),
    );
    // v3: accounts are found by company name, so a LinkedIn profile can be
    // tied to the account of the company the person works at.
    this.version(3)
      .stores({ accounts: 'id, domain, linkedinSlug, score.tier.id, updatedAt, nameKey' })
      .upgrade((tx) =>
        tx
          .table('accounts')
          .toCollection()
          .modify((account: AccountRecord) => addNameKey(account)),
      );
    // v4: when the rep last opened each account, kept apart from the account
    // so opening one never rewrites what was read.
    this.version(4).stores({ opened: 'id' });
  }
}

export const db = new IcpLensDb();
