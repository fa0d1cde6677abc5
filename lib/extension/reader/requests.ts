import { z } from 'zod';
import type { DomNeed, PageSignals } from '../../core/hints/page-signals';
import { SIGNAL_CAPS } from '../../core/hints/page-signals';
import type { RawPage } from '../../core/hints/raw-page';
import { rawPageSchema } from '../../core/hints/schema';
import { pageSignalsSchema } from '../../core/hints/signals-schema';
import { MAX_MARKUP_CHARS } from '../../core/hints/markup-limits';

// What the worker asks the reader (its offscreen document in Chrome, itself
// in Firefox's background page) and what comes back. Both sides parse with
// zod: the markup is the page's, and the answer crosses between contexts.

/** Marks a message for the reader; the worker's own listener ignores it. */
export const READER = 'icp-lens-reader';

export type ReaderRequest =
  /** The page's firmographic read. */
  | { to: typeof READER; op: 'read'; url: string; html: string }
  /** The technology signals a copy of the page shows, with the asked selectors answered. */
  | { to: typeof READER; op: 'gather'; url: string; html: string; dom: DomNeed[] };

export type ReaderAnswer<R extends ReaderRequest> = R['op'] extends 'read'
  ? { page: RawPage }
  : { signals: PageSignals };

let requestSchema: z.ZodType<ReaderRequest> | undefined;

export function parseReaderRequest(message: unknown): ReaderRequest | undefined {
  requestSchema ??= (() => {
    const base = {
      to: z.literal(READER),
      url: z.string().max(SIGNAL_CAPS.value * 4),
      html: z.string().max(MAX_MARKUP_CHARS),
    };
    return z.discriminatedUnion('op', [
      z.object({ ...base, op: z.literal('read') }),
      z.object({
        ...base,
        op: z.literal('gather'),
        dom: z
          .array(
            z.object({
              selector: z.string().max(2000),
              text: z.boolean().optional(),
              attributes: z.array(z.string().max(200)).max(50).optional(),
            }),
          )
          .max(10_000),
      }),
    ]) as z.ZodType<ReaderRequest>;
  })();
  const parsed = requestSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

let readSchema: z.ZodType<{ page: RawPage }> | undefined;
let gatherSchema: z.ZodType<{ signals: PageSignals }> | undefined;

/** The reader's answer, checked; undefined when it is not what was asked for. */
export function parseReaderAnswer<R extends ReaderRequest>(
  request: R,
  answer: unknown,
): ReaderAnswer<R> | undefined {
  readSchema ??= z.object({ page: rawPageSchema }) as z.ZodType<{ page: RawPage }>;
  gatherSchema ??= z.object({ signals: pageSignalsSchema() });
  const schema = request.op === 'read' ? readSchema : gatherSchema;
  const parsed = (schema as z.ZodType).safeParse(answer);
  return parsed.success ? (parsed.data as ReaderAnswer<R>) : undefined;
}
