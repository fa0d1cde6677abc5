// Deal stages as CRMs name them, to won, lost or open. The import preview
// lists the stages a file holds so the manager can change any of them.

export type Outcome = 'won' | 'lost' | 'open';
/** A stage mapping: folded stage name → outcome, or 'skip' to set those rows aside. */
export type StageMap = Record<string, Outcome | 'skip'>;

const WON = /^(won|closed ?won|closed won|win|yes|true|1|signed|booked|customer|closed won \S+)$/;
const LOST =
  /^(lost|closed ?lost|loss|no|false|0|churned|disqualified|unqualified|dead|rejected|closed lost \S+|closed disqualified|no decision)$/;
const OPEN =
  /^(open|pending|in progress|negotiation|proposal|qualified|qualification|discovery|demo|prospecting|needs analysis|value proposition|perception analysis|id decision makers|proposal price quote|negotiation review|appointment scheduled|qualified to buy|presentation scheduled|decision maker bought in|contract sent|engaging|new|working|nurture)/;

/** "Closed - Won", "closed_won" → "closed won". */
export function foldStage(stage: string): string {
  return stage
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The outcome a stage name stands for by default, or undefined when it is not known. */
export function defaultOutcome(stage: string): Outcome | undefined {
  const t = foldStage(stage);
  if (WON.test(t)) return 'won';
  if (LOST.test(t)) return 'lost';
  if (OPEN.test(t)) return 'open';
  return undefined;
}

/** The outcome of a stage under the manager's mapping, falling back to the default. */
export function outcomeOf(stage: string, map?: StageMap): Outcome | 'skip' | undefined {
  const key = foldStage(stage);
  return map?.[key] ?? defaultOutcome(stage);
}
