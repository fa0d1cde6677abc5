import { BacktestPanel } from './BacktestPanel';
import { ExportPanel } from './ExportPanel';
import { IcpSummary } from './IcpSummary';
import { useActiveIcp } from './use-active-icp';

export function OptionsPage() {
  const icp = useActiveIcp();
  if (!icp) return null;
  return (
    <main className="options">
      <IcpSummary icp={icp} />
      <BacktestPanel icp={icp} />
      <ExportPanel />
    </main>
  );
}
