import type { CompanyHints, TechnologyHint } from '../extract/page-hints';

/**
 * What scoring looks at: a page's hints or an account's merged facts. Both
 * carry evidence keyed by field path ("company.industry").
 */
export interface ScoringFacts {
  company?: CompanyHints;
  technologies: TechnologyHint[];
  evidence: Record<string, string>;
}
