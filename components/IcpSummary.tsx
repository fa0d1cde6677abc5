import type { Criterion, IcpConfig } from '@/lib/core/icp/schema';
import { formatCount, formatUsd } from '@/lib/core/scoring/format';

/** The active ICP in words: what each segment looks for and how much it weighs. */
export function IcpSummary({ icp }: { icp: IcpConfig }) {
  return (
    <article className="icp">
      <header>
        <h1 data-testid="icp-name">{icp.name}</h1>
        <p className="account__facts">
          Version {icp.version}
          {icp.publisher && ` · published by ${icp.publisher}`}
          {icp.publishedAt && ` · ${new Date(icp.publishedAt).toLocaleDateString()}`}
        </p>
        {icp.changelog && <p>{icp.changelog}</p>}
      </header>
      <section className="section" aria-labelledby="tiers-heading">
        <h2 id="tiers-heading">Tiers</h2>
        <ul className="tiers">
          {icp.tiers.map((t) => (
            <li key={t.id}>
              <span
                className="tier tier--small"
                style={{ backgroundColor: t.color ?? 'var(--muted)' }}
              >
                {t.label}
              </span>{' '}
              score {t.minScore} and above
            </li>
          ))}
        </ul>
      </section>
      {icp.segments.map((segment) => (
        <section key={segment.id} className="section" aria-labelledby={`segment-${segment.id}`}>
          <h2 id={`segment-${segment.id}`}>{segment.name}</h2>
          {segment.description && <p>{segment.description}</p>}
          <table className="criteria-table">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Rule</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              {segment.criteria.map((c) => (
                <tr key={c.id}>
                  <td>{c.label}</td>
                  <td>{describeRule(c)}</td>
                  <td>{c.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}

function describeRule({ rule }: Criterion): string {
  switch (rule.field) {
    case 'industry':
      return `Industry is one of ${rule.anyOf.join(', ')}`;
    case 'employees':
      return `${formatCount(rule)} employees`;
    case 'revenueUsd':
      return `${formatUsd(rule)} annual revenue`;
    case 'hq':
      return `HQ in ${[...rule.countries, ...(rule.regions ?? [])].join(', ')}`;
    case 'technologies': {
      const wanted = [...rule.anyOf, ...rule.categories.map((c) => `any ${c}`)];
      return `Uses ${rule.minMatches > 1 ? `${rule.minMatches} of` : 'any of'} ${wanted.join(', ')}`;
    }
    case 'keywords':
      return `Mentions ${rule.minMatches > 1 ? `${rule.minMatches} of` : 'any of'} ${rule.anyOf.join(', ')}`;
    case 'answer':
      return 'Answered by the rep';
  }
}
