import { BacktestPanel } from './BacktestPanel';
import { ExportPanel } from './ExportPanel';
import { IcpHistory } from './IcpHistory';
import { IcpSummary } from './IcpSummary';
import { SyncPanel } from './SyncPanel';
import { useActiveIcp } from './use-active-icp';

export function OptionsPage() {
  const icp = useActiveIcp();
  if (!icp) return null;
  return (
    <main className="options">
      <IcpSummary icp={icp} />
      <SyncPanel />
      <IcpHistory />
      <BacktestPanel icp={icp} />
      <ExportPanel />
    </main>
  );
}
