import type { CompanyHints, SignalHint, TechnologyHint } from '../hints/page-hints';

/** A rep's answer to a criterion that pages cannot answer (budget, pain, timeline). */
export interface RepAnswer {
  status: 'match' | 'partial' | 'miss';
  /** In the rep's words: "yes, about $150k". */
  note?: string;
  at: number;
}

/**
 * What scoring looks at: a page's hints or an account's merged facts. Both
 * carry evidence keyed by field path ("company.industry").
 */
export interface ScoringFacts {
  company?: CompanyHints;
  technologies: TechnologyHint[];
  signals?: SignalHint[];
  evidence: Record<string, string>;
  /** Keyed by criterion id. */
  answers?: Record<string, RepAnswer>;
}
