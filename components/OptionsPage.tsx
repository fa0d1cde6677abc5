import { useState } from 'react';
import type { IcpConfig } from '@/lib/icp/schema';
import { BacktestPanel } from './BacktestPanel';
import { ExportPanel } from './ExportPanel';
import { IcpEditor } from './IcpEditor';
import { IcpHistory } from './IcpHistory';
import { IcpSummary } from './IcpSummary';
import { PublishPanel } from './PublishPanel';
import { SyncPanel } from './SyncPanel';
import { useActiveIcp } from './use-active-icp';

export function OptionsPage() {
  const icp = useActiveIcp();
  // A valid draft in the editor is what gets published; otherwise the active ICP.
  const [draft, setDraft] = useState<IcpConfig>();
  if (!icp) return null;
  return (
    <main className="options">
      <IcpSummary icp={icp} />
      <SyncPanel />
      <IcpEditor icp={icp} onDraft={setDraft} />
      <PublishPanel key={`publish-${icp.version}`} icp={draft ?? icp} activeVersion={icp.version} />
      <IcpHistory />
      <BacktestPanel icp={icp} />
      <ExportPanel />
    </main>
  );
}
