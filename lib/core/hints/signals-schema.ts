import { z } from 'zod';
import { SIGNAL_CAPS as CAPS } from './page-signals';
import type { PageSignals } from './page-signals';

// Page signals come from the background's reader and the content script, but
// are the page's data: every list and string is capped as the gatherer caps
// it, and anything larger or of another shape is refused. Built on first use, so a bundle that never
// parses (the content script) does not carry zod.

let cached: z.ZodType<PageSignals> | undefined;

export function pageSignalsSchema(): z.ZodType<PageSignals> {
  if (cached) return cached;
  const value = z.string().max(CAPS.value);
  const url = z.string().max(CAPS.value * 4);
  cached = z.object({
    url,
    scriptSrc: z.array(url).max(CAPS.scriptSrc),
    scripts: z.array(z.string().max(CAPS.scriptOne)).max(CAPS.scriptSrc),
    consentScriptSrc: z.array(url).max(CAPS.scriptSrc).optional(),
    consentScripts: z.array(z.string().max(CAPS.scriptOne)).max(CAPS.scriptSrc).optional(),
    meta: z.record(z.string().max(200), z.array(value).max(CAPS.metaValues)),
    links: z.array(url).max(CAPS.links),
    iframeSrc: z.array(url).max(CAPS.iframes).optional(),
    cookies: z.array(z.string().max(200)).max(CAPS.cookies),
    html: z.string().max(CAPS.htmlHead + CAPS.htmlTail + 1024),
    css: z.string().max(CAPS.css).optional(),
    dom: z.record(
      z.string().max(2000),
      z.object({
        exists: z.literal(true),
        text: z.array(value).max(CAPS.domNodes).optional(),
        attributes: z.record(z.string().max(200), z.array(value).max(CAPS.domNodes)).optional(),
      }),
    ),
    js: probeAnswersSchema(),
  }) as z.ZodType<PageSignals>;
  return cached;
}

/** The main-world probe's answers: a value, or `true` for a global that exists. */
export function probeAnswersSchema(): z.ZodType<PageSignals['js']> {
  return z.record(z.string().max(200), z.union([z.literal(true), z.string().max(CAPS.jsValue)]));
}
