import { describe, expect, it } from 'vitest';
import type { AccountRecord } from '../../../lib/core/accounts/account';
import { crmNote } from '../../../lib/core/accounts/crm-note';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import type { ScoringFacts } from '../../../lib/core/scoring/facts';
import { score } from '../../../lib/core/scoring/score';
import { tierOutlook } from '../../../lib/core/scoring/tier-path';

describe('CRM note with the path and the risks', () => {
  const facts: ScoringFacts = {
    company: {
      name: 'Small Co',
      industry: 'Advertising Services',
      employees: { min: 11, max: 50 },
      hq: { country: 'GB', city: 'London' },
    },
    technologies: [],
    evidence: {},
  };
  // Only the fields the note reads.
  const account = {
    id: 'small.example',
    facts,
    score: score(facts, sampleIcp),
  } as unknown as AccountRecord;
  const outlook = tierOutlook(facts, sampleIcp);

  it('lists the answers that reach each better tier and the open risks', () => {
    const note = crmNote(account, undefined, outlook);
    const path = outlook.paths[0]!;
    expect(path.steps.length).toBeGreaterThan(0);
    expect(note).toContain('Path up:');
    expect(note).toContain(
      `  To reach ${path.target.label}: confirm ${path.steps.map((s) => `${s.label} (+${s.weight})`).join(', ')}`,
    );
    expect(outlook.risks.length).toBeGreaterThan(0);
    expect(note).toContain('Risks:');
    for (const r of outlook.risks) expect(note).toContain(r.label);
  });

  it('leaves them out without an outlook', () => {
    const note = crmNote(account);
    expect(note).not.toContain('Path up:');
    expect(note).not.toContain('Risks:');
  });
});
