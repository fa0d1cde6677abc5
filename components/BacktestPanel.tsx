import Papa from 'papaparse';
import { useId, useState, type ChangeEvent } from 'react';
import { backtest, scoreInChunks, type BacktestReport } from '@/lib/core/backtest/backtest';
import {
  DEAL_FIELDS,
  guessMapping,
  scaleFromHeader,
  type ColumnMapping,
  type DealField,
} from '@/lib/core/backtest/columns';
import { parseDeals, type ParsedDeals } from '@/lib/core/backtest/parse-deals';
import { foldStage, type StageMap } from '@/lib/core/backtest/stages';
import { statusesInChunks, suggestWeights, type Suggestion } from '@/lib/core/backtest/suggest';
import { downloadText } from '@/components/download';
import { parseIcp } from '@/lib/core/icp/parse';
import type { IcpConfig } from '@/lib/core/icp/schema';
import { BacktestReportView } from '@/components/BacktestReportView';

const FIELD_TEXT: Record<DealField, string> = {
  name: 'Company name',
  domain: 'Domain',
  industry: 'Industry',
  employees: 'Employees',
  revenue: 'Revenue',
  country: 'Country',
  technologies: 'Technologies',
  outcome: 'Outcome (won/lost/open)',
  dealValue: 'Deal value',
  closeDate: 'Close date',
  dealId: 'Deal id (duplicates counted once)',
};

const PREVIEW_ROWS = 5;

const REVENUE_UNITS: [number, string][] = [
  [1, 'as written'],
  [1e3, 'thousands'],
  [1e6, 'millions'],
  [1e9, 'billions'],
];

interface Setup {
  file: File;
  headers: string[];
  preview: string[][];
  mapping: ColumnMapping;
  revenueScale: number;
  stages: StageMap;
}

type State =
  | { step: 'idle' }
  | ({ step: 'mapping' } & Setup)
  | { step: 'running'; rows: number; what: string }
  | {
      step: 'done';
      setup: Setup;
      parsed: ParsedDeals;
      reports: { title: string; report: BacktestReport }[];
      suggestion?: Suggestion;
    }
  | { step: 'failed'; problem: string };

/** Lets the page repaint between chunks: 100,000 rows never freeze it. */
const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Back-tests the active ICP (and a draft, side by side) on won and lost deals from a CSV. */
export function BacktestPanel({ icp }: { icp: IcpConfig }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [draft, setDraft] = useState<{ icp?: IcpConfig; problem?: string }>({});
  const id = useId();

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    // The header row proposes a mapping; a few rows let the manager check it.
    Papa.parse<string[]>(file, {
      preview: PREVIEW_ROWS + 1,
      skipEmptyLines: 'greedy',
      complete: (result) => {
        const [first = [], ...rows] = result.data;
        const headers = first.map((h) => h.replace(/^\uFEFF/, '').trim());
        const mapping = guessMapping(headers);
        setState({
          step: 'mapping',
          file,
          headers,
          preview: rows,
          mapping,
          revenueScale: scaleFromHeader(mapping.revenue ?? ''),
          stages: {},
        });
      },
      error: (error) => setState({ step: 'failed', problem: error.message }),
    });
  };

  const chooseDraft = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return setDraft({});
    try {
      const parsed = parseIcp(JSON.parse(await file.text()));
      setDraft(
        parsed.ok ? { icp: parsed.icp } : { problem: parsed.problems.slice(0, 5).join('; ') },
      );
    } catch {
      setDraft({ problem: `${file.name} is not JSON` });
    }
  };

  const run = async (setup: Setup) => {
    setState({ step: 'running', rows: 0, what: 'Reading rows' });
    try {
      const parsed = await parseDeals(setup.file, {
        mapping: setup.mapping,
        read: { stages: setup.stages, revenueScale: setup.revenueScale },
        onProgress: (rows) => {
          setState({ step: 'running', rows, what: 'Reading rows' });
          return repaint();
        },
      });
      const reportFor = async (title: string, config: IcpConfig) => {
        const results = await scoreInChunks(parsed.deals, config, (rows) => {
          setState({ step: 'running', rows, what: `Scoring deals (${config.name})` });
          return repaint();
        });
        return {
          title,
          report: backtest(parsed.deals, config, parsed.errors, {
            reading: parsed.summary,
            results,
          }),
        };
      };
      const reports = [await reportFor(`Active: ${icp.name} v${icp.version}`, icp)];
      if (draft.icp)
        reports.push(await reportFor(`Draft: ${draft.icp.name} v${draft.icp.version}`, draft.icp));
      setState({ step: 'done', setup, parsed, reports });
    } catch (error) {
      setState({ step: 'failed', problem: (error as Error).message });
    }
  };

  const suggest = async () => {
    if (state.step !== 'done') return;
    const { parsed, setup, reports } = state;
    const prepared = await statusesInChunks(parsed.deals, icp, (rows) => {
      setState({ step: 'running', rows, what: 'Fitting weights' });
      return repaint();
    });
    const suggestion = suggestWeights(parsed.deals, icp, { prepared });
    if (!suggestion) {
      setState({ step: 'failed', problem: 'suggesting weights needs won and lost deals' });
      return;
    }
    const results = await scoreInChunks(parsed.deals, suggestion.draft, (rows) => {
      setState({ step: 'running', rows, what: 'Scoring deals with the suggested weights' });
      return repaint();
    });
    const suggested = {
      title: `Suggested weights (same deals the weights were fitted on)`,
      report: backtest(parsed.deals, suggestion.draft, parsed.errors, {
        reading: parsed.summary,
        results,
      }),
    };
    setState({
      step: 'done',
      setup,
      parsed,
      reports: [...reports.filter((r) => !r.title.startsWith('Suggested')), suggested],
      suggestion,
    });
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Back-test on won and lost deals</h2>
      <p>
        Import a CSV exported from your CRM or a spreadsheet, one row per account with its outcome
        (won, lost or open). The ICP is a hypothesis until it separates the deals you won from the
        ones you lost.
      </p>
      <div className="form-row">
        <label htmlFor={`${id}-file`}>Deals CSV</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={chooseFile}
          data-testid="deals-file"
        />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-draft`}>Draft ICP to compare (optional JSON)</label>
        <input
          id={`${id}-draft`}
          type="file"
          accept=".json,application/json"
          onChange={chooseDraft}
          data-testid="draft-icp-file"
        />
        {draft.problem && <p role="alert">Draft ICP: {draft.problem}</p>}
      </div>
      {state.step === 'mapping' && (
        <fieldset className="mapping">
          <legend>Columns</legend>
          {DEAL_FIELDS.map((field) => (
            <div key={field} className="form-row">
              <label htmlFor={`${id}-${field}`}>{FIELD_TEXT[field]}</label>
              <select
                id={`${id}-${field}`}
                data-testid={`map-${field}`}
                value={state.mapping[field] ?? ''}
                onChange={(e) =>
                  setState({
                    ...state,
                    mapping: { ...state.mapping, [field]: e.target.value || undefined },
                  })
                }
              >
                <option value="">(none)</option>
                {state.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="form-row">
            <label htmlFor={`${id}-revenue-unit`}>Revenue amounts are in</label>
            <select
              id={`${id}-revenue-unit`}
              data-testid="revenue-unit"
              value={state.revenueScale}
              onChange={(e) => setState({ ...state, revenueScale: Number(e.target.value) })}
            >
              {REVENUE_UNITS.map(([scale, text]) => (
                <option key={scale} value={scale}>
                  {text}
                </option>
              ))}
            </select>
          </div>
          <PreviewTable headers={state.headers} rows={state.preview} mapping={state.mapping} />
          <button
            type="button"
            onClick={() => run(state)}
            disabled={!state.mapping.outcome}
            data-testid="run-backtest"
          >
            Run back-test
          </button>
          {!state.mapping.outcome && <p role="alert">Choose the column that holds the outcome.</p>}
        </fieldset>
      )}
      {state.step === 'running' && (
        <p role="status">
          {state.what}… {state.rows.toLocaleString()}
        </p>
      )}
      {state.step === 'failed' && <p role="alert">Could not back-test: {state.problem}</p>}
      {state.step === 'done' && (
        <>
          <StageMapping
            stages={state.parsed.summary.stages}
            chosen={state.setup.stages}
            onRun={(stages) => run({ ...state.setup, stages })}
          />
          <div className="reports">
            {state.reports.map(({ title, report }) => (
              <BacktestReportView key={title} title={title} report={report} />
            ))}
          </div>
          {state.suggestion ? (
            <SuggestionView suggestion={state.suggestion} />
          ) : (
            <button type="button" onClick={suggest} data-testid="suggest-weights">
              Suggest weights from these deals
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The first rows as the mapping will read them, so a wrong column shows before the run. */
function PreviewTable({
  headers,
  rows,
  mapping,
}: {
  headers: string[];
  rows: string[][];
  mapping: ColumnMapping;
}) {
  const mapped = DEAL_FIELDS.filter((f) => mapping[f]);
  if (rows.length === 0) return <p>The file has no rows after its header.</p>;
  return (
    <table className="preview" data-testid="deals-preview">
      <caption>First {rows.length} rows as they will be read</caption>
      <thead>
        <tr>
          {mapped.map((f) => (
            <th key={f} scope="col">
              {FIELD_TEXT[f]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {mapped.map((f) => (
              <td key={f}>{row[headers.indexOf(mapping[f]!)] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const OUTCOME_CHOICES = ['won', 'lost', 'open', 'skip'] as const;

/** Each stage the file holds and what it was read as; the manager can change any and run again. */
function StageMapping({
  stages,
  chosen,
  onRun,
}: {
  stages: ParsedDeals['summary']['stages'];
  chosen: StageMap;
  onRun: (stages: StageMap) => void;
}) {
  const [map, setMap] = useState<StageMap>(chosen);
  const id = useId();
  if (stages.length === 0) return null;
  return (
    <details open={stages.some((s) => !s.outcome)}>
      <summary>Stages ({stages.filter((s) => !s.outcome).length} not mapped)</summary>
      <table data-testid="stage-mapping">
        <thead>
          <tr>
            <th scope="col">Stage in the file</th>
            <th scope="col">Rows</th>
            <th scope="col">Counts as</th>
          </tr>
        </thead>
        <tbody>
          {stages.slice(0, 100).map((s, i) => {
            const key = foldStage(s.stage);
            return (
              <tr key={key}>
                <th scope="row">
                  <label htmlFor={`${id}-${i}`}>{s.stage}</label>
                </th>
                <td>{s.rows}</td>
                <td>
                  <select
                    id={`${id}-${i}`}
                    data-testid="stage-outcome"
                    value={map[key] ?? s.outcome ?? ''}
                    onChange={(e) =>
                      setMap({ ...map, [key]: e.target.value as (typeof OUTCOME_CHOICES)[number] })
                    }
                  >
                    {!s.outcome && !map[key] && <option value="">not mapped (set aside)</option>}
                    {OUTCOME_CHOICES.map((o) => (
                      <option key={o} value={o}>
                        {o === 'skip' ? 'set aside' : o}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onRun(map)} data-testid="rerun-backtest">
        Run again with these stages
      </button>
    </details>
  );
}

/** The suggested weights beside today's, both AUCs out of sample, and the draft to take to the editor. */
function SuggestionView({ suggestion }: { suggestion: Suggestion }) {
  const [copied, setCopied] = useState<string>();
  const { current, suggested, deals } = suggestion.outOfSample;
  const auc = (a: typeof current) =>
    a ? `${a.auc.toFixed(3)} (${a.interval.low.toFixed(3)} to ${a.interval.high.toFixed(3)})` : '–';
  const verdict =
    current && suggested
      ? suggested.interval.low > current.interval.high
        ? 'The suggested weights sort won from lost better, beyond both intervals.'
        : suggested.interval.high < current.interval.low
          ? 'The suggested weights do worse: keep the current ones.'
          : 'The intervals overlap: the suggestion is not clearly better.'
      : 'Not enough won and lost deals to compare.';
  const json = JSON.stringify(suggestion.draft, null, 2);
  return (
    <article className="report" data-testid="weight-suggestion">
      <h3>Suggested weights</h3>
      <p data-testid="suggestion-auc">
        Out of sample ({suggestion.folds} folds, seed {suggestion.seed}, {deals} closed deals):
        current AUC {auc(current)}, suggested AUC {auc(suggested)}. {verdict}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Current</th>
            <th scope="col">Suggested</th>
            <th scope="col">Effect (log-odds, match vs miss)</th>
          </tr>
        </thead>
        <tbody>
          {suggestion.weights.map((w) => (
            <tr key={`${w.segmentId}/${w.criterionId}`} data-testid="suggested-weight">
              <th scope="row">
                {w.segmentName}: {w.label}
              </th>
              <td>{w.current}</td>
              <td>{w.suggested}</td>
              <td>
                {(w.effect >= 0 ? '+' : '') + w.effect.toFixed(2)}
                {w.kept && ` (kept: observed on ${w.observed} closed deals)`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Nothing is published. Paste the draft into the JSON view of “Edit the ICP”, preview what it
        does to your accounts, then publish it there.
      </p>
      <button
        type="button"
        data-testid="copy-suggested-draft"
        onClick={() =>
          navigator.clipboard.writeText(json).then(
            () => setCopied('Draft copied.'),
            () => setCopied('Could not copy: use the download.'),
          )
        }
      >
        Copy draft JSON
      </button>{' '}
      <button
        type="button"
        data-testid="download-suggested-draft"
        onClick={() =>
          downloadText(`${suggestion.draft.name}-suggested.json`, 'application/json', json)
        }
      >
        Download draft JSON
      </button>
      {copied && <p role="status">{copied}</p>}
    </article>
  );
}
