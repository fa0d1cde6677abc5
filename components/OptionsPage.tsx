import { useState } from 'react';
import type { IcpConfig } from '@/lib/core/icp/schema';
import { BacktestPanel } from '@/components/BacktestPanel';
import { ExportPanel } from '@/components/ExportPanel';
import { IcpEditor } from '@/components/IcpEditor';
import { IcpHistory } from '@/components/IcpHistory';
import { IcpSummary } from '@/components/IcpSummary';
import { PublishPanel } from '@/components/PublishPanel';
import { SyncPanel } from '@/components/SyncPanel';
import { useActiveIcp } from '@/components/use-active-icp';

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
