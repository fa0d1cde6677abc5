import { useState } from 'react';
import type { IcpConfig } from '@/lib/core/icp/schema';
import { AccountsPrivacy } from '@/components/AccountsPrivacy';
import { BacktestPanel } from '@/components/BacktestPanel';
import { ExportPanel } from '@/components/ExportPanel';
import { IcpEditor } from '@/components/IcpEditor';
import { IcpHistory } from '@/components/IcpHistory';
import { IcpSummary } from '@/components/IcpSummary';
import { PublishPanel } from '@/components/PublishPanel';
import { ReadingSettingsPanel } from '@/components/ReadingSettingsPanel';
import { SyncPanel } from '@/components/SyncPanel';
import { useActiveIcp } from '@/components/use-active-icp';

const SECTIONS = [
  { id: 'icp', label: 'ICP' },
  { id: 'team', label: 'Team sync' },
  { id: 'backtest', label: 'Back-test' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'privacy', label: 'Privacy and reading' },
] as const;

export function OptionsPage() {
  const icp = useActiveIcp();
  // A valid draft in the editor is what gets published; otherwise the active ICP.
  const [draft, setDraft] = useState<IcpConfig>();
  return (
    <div className="options-layout">
      <nav className="options-nav" aria-label="Settings sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="options">
        <div id="icp" className="options-part">
          {icp && (
            <>
              <IcpSummary icp={icp} />
              <IcpEditor icp={icp} onDraft={setDraft} />
            </>
          )}
        </div>
        {/* Shown at once: it does not wait for the ICP, nor for the policy. */}
        <div id="team" className="options-part">
          <SyncPanel />
          {icp && (
            <>
              <PublishPanel
                key={`publish-${icp.version}`}
                icp={draft ?? icp}
                activeVersion={icp.version}
              />
              <IcpHistory />
            </>
          )}
        </div>
        <div id="backtest" className="options-part">
          {icp && <BacktestPanel icp={icp} />}
        </div>
        <div id="accounts" className="options-part">
          <ExportPanel />
          <AccountsPrivacy />
        </div>
        <div id="privacy" className="options-part">
          <ReadingSettingsPanel />
        </div>
      </main>
    </div>
  );
}
