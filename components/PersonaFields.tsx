import { isRecord } from '@/lib/core/icp/draft-path';
import { inputText, itemsAt } from '@/lib/core/icp/form-draft';
import { JsonOnly, ListField, PathProblems, TextField } from '@/components/FormFields';
import { useFormDraft } from '@/components/icp-form-context';

/** Each persona's name, the titles that pick it and what to say; the rest is in JSON. */
export function PersonaList() {
  const { draft } = useFormDraft();
  const personas = itemsAt(draft, ['personas']);
  return (
    <fieldset className="form-group">
      <legend>Personas</legend>
      <p className="field-hint">
        Goals, pains, objections, questions and adding or removing a persona: in the JSON view.
      </p>
      <PathProblems path={['personas']} />
      {personas.map((persona, i) => {
        const path = ['personas', i] as const;
        if (!isRecord(persona)) return <JsonOnly key={i} what={`Persona ${i + 1}`} path={path} />;
        const name = inputText(draft, [...path, 'name']) || inputText(draft, [...path, 'id']);
        return (
          <fieldset key={i} className="form-group" data-testid="form-persona">
            <legend>Persona: {name}</legend>
            <TextField path={[...path, 'name']} label="Name" />
            <ListField path={[...path, 'titlePatterns']} label="Job titles" separator="line" />
            <ListField path={[...path, 'talkingPoints']} label="Talking points" separator="line" />
            <PathProblems path={path} />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
