import { isRecord, type Path } from '@/lib/core/icp/draft-path';
import { inputText, itemsAt, newCriterion } from '@/lib/core/icp/form-draft';
import { criterionKindSchema } from '@/lib/core/icp/schema';
import { AddWithRule } from '@/components/AddWithRule';
import {
  JsonOnly,
  NumberField,
  PathProblems,
  SelectField,
  TextField,
} from '@/components/FormFields';
import { useFormDraft } from '@/components/icp-form-context';
import { RuleFields } from '@/components/RuleFields';

const KIND_LABELS: Record<(typeof criterionKindSchema.options)[number], string> = {
  fit: 'Fit: counts toward the score',
  'must-have': 'Must-have: a miss caps the tier',
  bonus: 'Bonus: adds when met',
  competitor: 'Competitor: a tool we replace',
};
const KINDS = criterionKindSchema.options.map((k) => [k, KIND_LABELS[k]] as const);

/** One segment: its name and description, and each weighted criterion. */
export function SegmentFields({ index }: { index: number }) {
  const { draft, append } = useFormDraft();
  const path: Path = ['segments', index];
  const name = inputText(draft, [...path, 'name']) || `Segment ${index + 1}`;
  const criteria = itemsAt(draft, [...path, 'criteria']);
  return (
    <fieldset className="form-group" data-testid="form-segment">
      <legend>Segment: {name}</legend>
      <TextField path={[...path, 'name']} label="Segment name" />
      <TextField path={[...path, 'description']} label="Description" multiline optional />
      <PathProblems path={path} />
      <PathProblems path={[...path, 'criteria']} />
      {criteria.map((criterion, i) =>
        isRecord(criterion) ? (
          <CriterionFields key={i} path={[...path, 'criteria', i]} />
        ) : (
          <JsonOnly key={i} what={`Criterion ${i + 1}`} path={[...path, 'criteria', i]} />
        ),
      )}
      <AddWithRule
        what="criterion"
        context={name}
        onAdd={(field) => append([...path, 'criteria'], newCriterion(field, criteria))}
      />
    </fieldset>
  );
}

function CriterionFields({ path }: { path: Path }) {
  const { draft, remove } = useFormDraft();
  const label = inputText(draft, [...path, 'label']) || inputText(draft, [...path, 'id']);
  const questions = itemsAt(draft, [...path, 'questions']).length;
  return (
    <fieldset className="form-group" data-testid="form-criterion">
      <legend>Criterion: {label}</legend>
      <TextField path={[...path, 'label']} label="Label" />
      <SelectField path={[...path, 'kind']} label="Kind" options={KINDS} />
      <NumberField
        path={[...path, 'weight']}
        label="Weight"
        min={0}
        max={100}
        hint="above 0, up to 100"
      />
      <RuleFields path={[...path, 'rule']} />
      <TextField
        path={[...path, 'talkingPoint']}
        label="Talking point when it matches"
        multiline
        optional
      />
      <p className="field-hint">
        {questions} discovery question{questions === 1 ? '' : 's'}: edit them in the JSON view.
      </p>
      <PathProblems path={path} />
      <button type="button" onClick={() => remove(path)}>
        Remove criterion “{label}”
      </button>
    </fieldset>
  );
}
