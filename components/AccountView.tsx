import type { AccountRecord } from '@/lib/core/accounts/account';
import type { Criterion } from '@/lib/core/icp/schema';
import { formatCount } from '@/lib/core/scoring/format';
import { Conflicts } from '@/components/Conflicts';
import { CopySummary } from '@/components/CopySummary';
import { CriterionList } from '@/components/CriterionList';
import { DiscoveryQuestions } from '@/components/DiscoveryQuestions';
import { Disqualifiers } from '@/components/Disqualifiers';
import { PersonaSection } from '@/components/PersonaSection';
import { SignalList } from '@/components/SignalList';
import { SyncIndicator } from '@/components/SyncIndicator';
import { TechnologyList } from '@/components/TechnologyList';
import { TierBadge } from '@/components/TierBadge';
import { TierPath } from '@/components/TierPath';
import { TimingBadge } from '@/components/TimingBadge';
import { tierOutlook } from '@/lib/core/scoring/tier-path';
import { useMemo } from 'react';
import { useActiveIcp } from '@/components/use-active-icp';

export function AccountView({
  account,
  personaId,
}: {
  account: AccountRecord;
  personaId?: string;
}) {
  const icp = useActiveIcp();
  const { company } = account.facts;
  const result = account.score;
  const definitions = new Map<string, Criterion>(
    icp?.segments.find((s) => s.id === result.segmentId)?.criteria.map((c) => [c.id, c]) ?? [],
  );
  // Only against the ICP the account was scored with, so the path and the badge agree.
  const outlook = useMemo(
    () =>
      icp && icp.name === result.icpName && icp.version === result.icpVersion
        ? tierOutlook(account.facts, icp)
        : undefined,
    [icp, account.facts, result.icpName, result.icpVersion],
  );
  const facts = [
    company.industry,
    company.employees && `${formatCount(company.employees)} employees`,
    [company.hq?.city, company.hq?.country].filter(Boolean).join(', '),
    account.domain,
  ].filter(Boolean);
  return (
    <article className="account">
      <header className="account__header">
        <TierBadge tier={result.tier} />
        <div className="account__title">
          <h1 data-testid="account-name">{company.name ?? account.domain ?? account.id}</h1>
          <p className="account__facts">{facts.join(' · ')}</p>
          <TimingBadge timing={result.timing} />
        </div>
      </header>
      <Disqualifiers hits={result.disqualifiers} />
      {outlook && <TierPath outlook={outlook} />}
      <dl className="metrics">
        <div>
          <dt>Score</dt>
          <dd data-testid="score">{result.score}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd data-testid="confidence">{result.confidence}%</dd>
        </div>
        <div>
          <dt>Segment</dt>
          <dd>{result.segmentName}</dd>
        </div>
      </dl>
      <section className="section" aria-labelledby="why-heading">
        <h2 id="why-heading">Why</h2>
        <CriterionList
          criteria={result.criteria}
          accountId={account.id}
          definitions={definitions}
          facts={account.facts}
        />
      </section>
      <SignalList signals={account.facts.signals} />
      <TechnologyList technologies={account.facts.technologies} />
      <Conflicts facts={account.facts} />
      <DiscoveryQuestions result={result} {...(outlook && { outlook })} />
      {icp && (
        <PersonaSection
          key={personaId ?? 'none'}
          personas={icp.personas}
          result={result}
          initial={personaId}
        />
      )}
      <CopySummary account={account} {...(outlook && { outlook })} />
      <footer className="account__footer">
        Scored against {result.icpName} v{result.icpVersion}
        <SyncIndicator />
      </footer>
    </article>
  );
}
