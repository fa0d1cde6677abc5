// Field caps of PageHints, shared by the normalizer (which clips to them) and
// `pageHintsSchema` (which enforces them). Kept apart from normalize.ts so the
// schema does not pull the normalizer's datasets into whatever imports it.

export const HINT_LIMITS = {
  name: 200,
  text: 200,
  description: 2000,
  specialties: 50,
  url: 2048,
  evidence: 500,
  /** Signals per page, after duplicates are merged. */
  signals: 20,
  /** Job titles kept on one hiring signal. */
  jobTitles: 20,
} as const;
