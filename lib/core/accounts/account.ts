import type { CompanyHints, PageKind, PersonHints, SignalHint } from '../hints/page-hints';
import type { ScoringFacts } from '../scoring/facts';
import type { ScoreResult } from '../scoring/result';

/** Where the value in force for a field came from. */
export interface FieldSource {
  /** "rep" values were entered by hand and are never replaced by a page. */
  kind: 'page' | 'rep';
  url?: string;
  pageKind?: PageKind;
  seenAt: number;
  evidence: string;
}

/** A value that lost to the one in force, kept so a rep can see the disagreement. */
export interface FieldConflict {
  value: unknown;
  source: FieldSource;
}

/** Everything known about one company, merged from every page seen. */
export interface AccountFacts extends ScoringFacts {
  company: CompanyHints;
  signals: SignalHint[];
  /** Per company field, where the value in force came from. */
  provenance: Partial<Record<keyof CompanyHints, FieldSource>>;
  /** Per company field, other values seen that contradict the one in force. */
  conflicts: Partial<Record<keyof CompanyHints, FieldConflict[]>>;
}

export interface AccountSource {
  url: string;
  kind: PageKind;
  seenAt: number;
}

/** Someone at the company whose LinkedIn profile a rep opened. */
export interface AccountPerson {
  name: string;
  title?: string;
  personaId?: string;
  url: string;
  seenAt: number;
}

export interface AccountRecord {
  /** The registrable domain when known, else `linkedin:<slug>`. */
  id: string;
  /** The company name reduced for matching (name-key.ts): how a profile finds its employer. */
  nameKey?: string;
  people?: AccountPerson[];
  domain?: string;
  linkedinSlug?: string;
  facts: AccountFacts;
  /** Most recent first, capped. */
  sources: AccountSource[];
  score: ScoreResult;
  createdAt: number;
  updatedAt: number;
}

/** What a browser tab is showing, so the side panel can follow the active tab. */
export interface TabRecord {
  tabId: number;
  url: string;
  kind: PageKind;
  accountId: string | null;
  /**
   * The account read on this tab but not kept yet (the reading settings keep
   * only opened accounts, or a tier it has not reached); it waits in the
   * tab's session storage. Absent whenever `accountId` is set.
   */
  pendingAccountId?: string;
  /** The person on a LinkedIn profile; people are not accounts and are not stored beyond the tab. */
  person?: PersonHints;
  updatedAt: number;
}
