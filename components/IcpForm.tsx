import { useMemo } from 'react';
import { appendAt, getAt, isRecord, removeAt, setAt } from '@/lib/core/icp/draft-path';
import { checkDraft, draftText, itemsAt, readDraft, type Draft } from '@/lib/core/icp/form-draft';
import { parseIcp } from '@/lib/core/icp/parse';
import { ICP_SCHEMA_VERSION } from '@/lib/core/icp/schema';
import { DisqualifierList } from '@/components/DisqualifierFields';
import { JsonOnly, NumberField, PathProblems, TextField } from '@/components/FormFields';
import { FormDraftContext, useFormDraft, type FormDraftApi } from '@/components/icp-form-context';
import { PersonaList } from '@/components/PersonaFields';
import { SegmentFields } from '@/components/SegmentFields';

/**
 * The common fields of the ICP as a form, over the same draft text the JSON
 * editor holds: every edit is written back as JSON, and whatever the form
 * does not show stays in the draft untouched.
 */
export function IcpForm({
  text,
  activeVersion,
  onChange,
}: {
  text: string;
  activeVersion: number;
  onChange: (text: string) => void;
}) {
  const read = useMemo(() => readDraft(text), [text]);
  if (!read.ok) return <Unreadable text={text} reason={read.detail} onChange={onChange} />;
  return <DraftForm draft={read.draft} activeVersion={activeVersion} onChange={onChange} />;
}

function DraftForm({
  draft,
  activeVersion,
  onChange,
}: {
  draft: Draft;
  activeVersion: number;
  onChange: (text: string) => void;
}) {
  const api = useMemo<FormDraftApi>(() => {
    const write = (next: Draft) => onChange(draftText(next));
    return {
      draft,
      problems: checkDraft(draft),
      set: (path, value) => write(setAt(draft, path, value)),
      remove: (path) => write(removeAt(draft, path)),
      append: (path, item) => write(appendAt(draft, path, item)),
    };
  }, [draft, onChange]);
  return (
    <FormDraftContext value={api}>
      <div className="icp-form" data-testid="icp-form">
        <PathProblems path={[]} />
        <GeneralFields activeVersion={activeVersion} />
        <TierFields />
        {itemsAt(draft, ['segments']).map((segment, i) =>
          isRecord(segment) ? (
            <SegmentFields key={i} index={i} />
          ) : (
            <JsonOnly key={i} what={`Segment ${i + 1}`} path={['segments', i]} />
          ),
        )}
        <PathProblems path={['segments']} />
        <DisqualifierList />
        <PersonaList />
        <p className="field-hint">
          Buying signals, discovery questions, ids and tier colours: in the JSON view.
        </p>
      </div>
    </FormDraftContext>
  );
}

function GeneralFields({ activeVersion }: { activeVersion: number }) {
  const { draft, set } = useFormDraft();
  const next = activeVersion + 1;
  const version = getAt(draft, ['version']);
  return (
    <fieldset className="form-group">
      <legend>ICP</legend>
      <TextField path={['name']} label="Name" />
      <NumberField path={['version']} label="Version" min={1} step={1} />
      <div className="form-row">
        <button
          type="button"
          onClick={() => set(['version'], next)}
          disabled={typeof version === 'number' && version >= next}
          data-testid="bump-version"
        >
          Make this v{next}
        </button>
      </div>
      <TextField path={['changelog']} label="What changed (changelog)" multiline optional />
      <NumberField
        path={['minConfidence']}
        label="Minimum confidence"
        min={0}
        max={100}
        hint="below it the tier reads “needs discovery”"
      />
    </fieldset>
  );
}

function TierFields() {
  const { draft } = useFormDraft();
  return (
    <fieldset className="form-group">
      <legend>Tiers and timing</legend>
      <PathProblems path={['tiers']} />
      {itemsAt(draft, ['tiers']).map((tier, i) =>
        isRecord(tier) ? (
          <fieldset key={i} className="form-group form-group--inline">
            <legend>
              Tier {String(tier.label)} ({String(tier.id)})
            </legend>
            <TextField path={['tiers', i, 'label']} label="Label" />
            <NumberField path={['tiers', i, 'minScore']} label="Lowest score" min={0} max={100} />
            <PathProblems path={['tiers', i]} />
          </fieldset>
        ) : (
          <JsonOnly key={i} what={`Tier ${i + 1}`} path={['tiers', i]} />
        ),
      )}
      <NumberField path={['timing', 'warm']} label="Signal weight for warm timing" min={0} />
      <NumberField path={['timing', 'hot']} label="Signal weight for hot timing" min={0} />
      <PathProblems path={['timing']} />
    </fieldset>
  );
}

/** Why the form cannot show this draft, and the way forward. */
function Unreadable({
  text,
  reason,
  onChange,
}: {
  text: string;
  reason: string;
  onChange: (text: string) => void;
}) {
  let migrated: string | undefined;
  try {
    const parsed = parseIcp(JSON.parse(text));
    if (parsed.ok) migrated = draftText(parsed.icp);
  } catch {
    // Not JSON: the reason already says so.
  }
  return (
    <div className="json-only" data-testid="icp-form-unavailable">
      <p>
        The form cannot show this draft ({reason}); it edits schema version {ICP_SCHEMA_VERSION}.
        Fix it in the JSON view.
      </p>
      {migrated && (
        <button type="button" onClick={() => onChange(migrated)}>
          Convert to schema version {ICP_SCHEMA_VERSION}
        </button>
      )}
    </div>
  );
}
