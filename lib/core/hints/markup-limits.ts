// How much of a page's markup the content script hands the worker. The
// content script serializes within these; the worker refuses anything longer.

export const MARKUP_LIMITS = {
  /** Past either, the page is serialized by a bounded walk instead of outerHTML. */
  nativeElements: 30_000,
  nativeBytes: 4 * 1024 * 1024,
  /** The walk's characters and nodes from the start of the page... */
  head: 4 * 1024 * 1024,
  headNodes: 100_000,
  /** ...and from its end, where footers keep addresses and imprints. */
  tail: 512 * 1024,
  tailNodes: 25_000,
  /** A longer text or attribute is cut; LinkedIn's embedded JSON blocks stay whole. */
  run: 2_000_000,
} as const;

/** The most characters a page's markup may have: both parts and the seam between them. */
export const MAX_MARKUP_CHARS = MARKUP_LIMITS.head + MARKUP_LIMITS.tail + 1;
