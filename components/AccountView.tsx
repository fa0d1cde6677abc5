import type { AccountRecord } from '@/lib/accounts/account';
import { Conflicts } from './Conflicts';
import { CriterionList } from './CriterionList';
import { DiscoveryQuestions } from './DiscoveryQuestions';
import { TierBadge } from './TierBadge';
import { formatCount } from '@/lib/scoring/format';

export function AccountView({ account }: { account: AccountRecord }) {
  const { company = {} } = account.facts;
  const result = account.score;
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
        </div>
      </header>
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
        <CriterionList criteria={result.criteria} />
      </section>
      <Conflicts facts={account.facts} />
      <DiscoveryQuestions result={result} />
      <footer className="account__footer">
        Scored against {result.icpName} v{result.icpVersion}
      </footer>
    </article>
  );
}
