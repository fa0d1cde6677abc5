// The funding rounds a signal names, as a list the hint schema and the ICP
// schema share, kept apart from both so that neither pulls in the other.

import type { ExpansionKind, FundingRound } from './page-hints';

export const FUNDING_ROUNDS = [
  'pre-seed',
  'seed',
  'series-a',
  'series-b',
  'series-c',
  'series-d',
  'series-e',
  'series-f',
  'series-g',
  'series-h',
] as const satisfies readonly FundingRound[];

export const EXPANSION_KINDS = [
  'office',
  'headquarters',
  'market',
] as const satisfies readonly ExpansionKind[];
