import { useId } from 'react';
import { db } from '@/lib/extension/db/db';
import { accountsToCsv, accountsToJson, type CrmFlavor } from '@/lib/core/accounts/export';
import { downloadText } from '@/components/download';

/** Stored accounts out to a CRM import or a JSON backup. */
export function ExportPanel() {
  const id = useId();
  const csv = async (flavor: CrmFlavor) =>
    downloadText(
      `icp-lens-accounts-${flavor}.csv`,
      'text/csv',
      accountsToCsv(await db.accounts.toArray(), flavor),
    );
  const json = async () =>
    downloadText(
      'icp-lens-accounts.json',
      'application/json',
      accountsToJson(await db.accounts.toArray()),
    );
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export accounts</h2>
      <div className="button-row">
        <button type="button" onClick={() => csv('hubspot')} data-testid="export-hubspot">
          CSV for HubSpot
        </button>
        <button type="button" onClick={() => csv('salesforce')} data-testid="export-salesforce">
          CSV for Salesforce
        </button>
        <button type="button" onClick={json} data-testid="export-json">
          JSON
        </button>
      </div>
    </section>
  );
}
