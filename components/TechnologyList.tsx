import type { TechnologyHint } from '@/lib/core/hints/page-hints';

/** The company's stack as seen on its own site, grouped by category, each with its evidence in words; the matched pattern is its tooltip. */
export function TechnologyList({ technologies }: { technologies: TechnologyHint[] }) {
  if (technologies.length === 0) return null;
  const groups = new Map<string, TechnologyHint[]>();
  for (const tech of technologies) {
    const category = tech.categories[0] ?? 'Other';
    groups.set(category, [...(groups.get(category) ?? []), tech]);
  }
  return (
    <section className="section" aria-labelledby="stack-heading">
      <h2 id="stack-heading">Tech stack</h2>
      <dl className="stack">
        {[...groups.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([category, techs]) => (
            <div key={category} data-testid="technology-category" data-category={category}>
              <dt>{category}</dt>
              {techs.map((t) => (
                <dd key={t.name} data-testid="technology" data-name={t.name} title={t.evidence}>
                  {t.name}
                  <span className="criterion__evidence"> · {t.reason ?? t.evidence}</span>
                </dd>
              ))}
            </div>
          ))}
      </dl>
    </section>
  );
}
