// How much of a page's markup the content script hands the worker, and what
// the readers take of it. The content script serializes within these; the
// worker refuses anything longer.

/** What the JSON-LD reader reads: a longer block, or one past the total, is skipped. */
export const JSON_LD_LIMITS = { blocks: 20, blockChars: 200_000, totalChars: 1_000_000 } as const;

export const MARKUP_LIMITS = {
  /** Past either, the page is serialized by a bounded walk instead of outerHTML. */
  nativeElements: 30_000,
  nativeBytes: 4 * 1024 * 1024,
  /** outerHTML longer than this keeps its start and its last `tail` characters. */
  nativeChars: 4 * 1024 * 1024,
  /** The walk's characters and nodes from the start of the page... */
  head: 2 * 1024 * 1024,
  headNodes: 8_000,
  /** ...and from its end, where footers keep addresses and imprints. */
  tail: 256 * 1024,
  tailNodes: 2_000,
  /** LinkedIn's embedded JSON (`<code>`) is read up to this length. */
  codeRun: 2_000_000,
  /** Inline code, as the technology patterns read it. */
  scriptRun: 48 * 1024,
  /** Any other text run, comment or attribute value: far past a text sample's line. */
  textRun: 16 * 1024,
} as const;

/** The most characters a page's markup may have: outerHTML within the cap, or both walks and the seam. */
export const MAX_MARKUP_CHARS = Math.max(
  MARKUP_LIMITS.nativeChars + 1,
  MARKUP_LIMITS.head + MARKUP_LIMITS.tail + 1,
);

/** Tags inserted after the read (a loader's script, a widget's iframe), sent with the technology pass. */
export const ADDED_LIMITS = { tags: 200, one: 48 * 1024, total: 512 * 1024 } as const;
