/**
 * A company name reduced to what identifies it, so "꩜Substrate", "Substrate,
 * Inc." and "substrate" meet: letters and digits only, legal suffixes dropped.
 */
export function nameKey(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(inc|llc|ltd|limited|gmbh|corp|corporation|co|sa|ag|bv|plc|pty)\b/g, ' ')
    .replace(/\s+/g, '');
  return key || undefined;
}
