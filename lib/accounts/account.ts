import type { PageKind, SignalHint } from '../extract/page-hints';
import type { ScoringFacts } from '../scoring/facts';
import type { ScoreResult } from '../scoring/result';

/** Everything known about one company, merged from every page seen. */
export interface AccountFacts extends ScoringFacts {
  signals: SignalHint[];
}

export interface AccountSource {
  url: string;
  kind: PageKind;
  seenAt: number;
}

export interface AccountRecord {
  /** The registrable domain when known, else `linkedin:<slug>`. */
  id: string;
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
  updatedAt: number;
}
