import type { IcpConfig } from '../../core/icp/schema';
import { score } from '../../core/scoring/score';
import type { IcpLensDb } from '../db/db';

export interface DraftPreview {
  accounts: number;
  changed: { id: string; name: string; from: string; to: string }[];
}

/** What a draft ICP would do to the stored accounts: which change tier, from what to what. */
export async function previewDraft(
  db: IcpLensDb,
  draft: IcpConfig,
  limit = 200,
): Promise<DraftPreview> {
  const preview: DraftPreview = { accounts: 0, changed: [] };
  await db.accounts.each((account) => {
    preview.accounts += 1;
    const next = score(account.facts, draft).tier;
    if (next.id !== account.score.tier.id && preview.changed.length < limit) {
      preview.changed.push({
        id: account.id,
        name: account.facts.company.name ?? account.id,
        from: account.score.tier.label,
        to: next.label,
      });
    }
  });
  return preview;
}
