import { isRecord, type Path } from '@/lib/core/icp/draft-path';
import { inputText, itemsAt, newDisqualifier } from '@/lib/core/icp/form-draft';
import { AddWithRule } from '@/components/AddWithRule';
import { JsonOnly, PathProblems, SelectField, TextField } from '@/components/FormFields';
import { useFormDraft } from '@/components/icp-form-context';
import { RuleFields } from '@/components/RuleFields';

/** The anti-ICP: what disqualifies an account, why, and the best tier it can then get. */
export function DisqualifierList() {
  const { draft, append } = useFormDraft();
  const disqualifiers = itemsAt(draft, ['antiIcp']);
  const tiers = itemsAt(draft, ['tiers'])
    .filter(isRecord)
    .map((t) => [String(t.id), `${String(t.label)} (${String(t.id)})`] as const);
  return (
    <fieldset className="form-group">
      <legend>Disqualifiers (anti-ICP)</legend>
      <PathProblems path={['antiIcp']} />
      {disqualifiers.length === 0 && <p>None.</p>}
      {disqualifiers.map((d, i) =>
        isRecord(d) ? (
          <DisqualifierFields key={i} path={['antiIcp', i]} tiers={tiers} />
        ) : (
          <JsonOnly key={i} what={`Disqualifier ${i + 1}`} path={['antiIcp', i]} />
        ),
      )}
      <AddWithRule
        what="disqualifier"
        onAdd={(field) => append(['antiIcp'], newDisqualifier(field, disqualifiers))}
      />
    </fieldset>
  );
}

function DisqualifierFields({
  path,
  tiers,
}: {
  path: Path;
  tiers: readonly (readonly [string, string])[];
}) {
  const { draft, remove } = useFormDraft();
  const label = inputText(draft, [...path, 'label']) || inputText(draft, [...path, 'id']);
  return (
    <fieldset className="form-group" data-testid="form-disqualifier">
      <legend>Disqualifier: {label}</legend>
      <TextField path={[...path, 'label']} label="Label" />
      <TextField path={[...path, 'reason']} label="Reason" multiline />
      <SelectField
        path={[...path, 'capTier']}
        label="Best tier it can get"
        options={tiers}
        emptyLabel="The lowest tier"
      />
      <RuleFields path={[...path, 'rule']} />
      <PathProblems path={path} />
      <button type="button" onClick={() => remove(path)}>
        Remove disqualifier “{label}”
      </button>
    </fieldset>
  );
}
