// Technologies on a page, from its gathered signals and the fingerprint
// table, with the dataset's semantics as wappalyzer-core and its browser
// driver apply them: confidences of a technology's detections add up (capped
// at 100), the longest plausible version wins, excludes then implies are
// resolved, and technologies that require another are looked for only once
// it is detected. Every match says which signal and pattern produced it.

import type { TechnologyHint } from '../../../core/hints/page-hints';
import type { FingerprintTable } from './fingerprints';
import type { PageSignals } from '../../../core/hints/page-signals';
import { regexFor, versionFrom, type Pattern } from './patterns';
import { indexFor, type Entry, type TableIndex } from './table-index';
import { say } from './evidence-words';
import { hostOf, LOADER_RULES, type LoaderRule } from './loaders';
import { liveCode, liveMarkup } from './inert';
import { styleBlocks, visibleText } from './sample-parts';
import { CARRIER_CATEGORY, carrierMatch } from './carrier-context';

export interface TechnologyMatch {
  name: string;
  categories: string[];
  version?: string;
  /** 0-100. */
  confidence: number;
  /** The first signal that matched, e.g. `script src https://js.hs-scripts.com/1.js matches /\.hs-scripts\.com//`. */
  evidence: string;
  /** The same signal in words for a rep, e.g. `its files under /wp-content/ are loaded`. */
  reason: string;
  /** Present only through another technology's `implies`. */
  implied?: boolean;
  /** Seen only in tags a consent manager holds back: runs once the visitor agrees. */
  afterConsent?: boolean;
}

interface Detection {
  tech: number;
  confidence: number;
  version: string;
  evidence: string;
  reason: string;
  afterConsent?: boolean;
}

const EXCERPT = 80;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat);
}

/**
 * Runs `entry` on `value`; on a match, records a detection described by
 * `describe`. `memo` shares results between technologies with the same
 * pattern on the same (long) text.
 */
function run(
  out: Detection[],
  entry: Entry | { tech: number; pattern: Pattern },
  value: string,
  describe: (matched: string) => string,
  words: (matched: string) => string,
  memo?: Map<string, RegExpExecArray | null>,
): void {
  const { pattern } = entry;
  let matches = memo?.get(pattern.source);
  if (matches === undefined) {
    matches = regexFor(pattern.source).exec(value);
    memo?.set(pattern.source, matches);
  }
  if (!matches) return;
  out.push({
    tech: entry.tech,
    confidence: pattern.confidence,
    version: versionFrom(pattern.version, matches),
    // An empty pattern only asks for presence: no regex to show.
    evidence: pattern.source
      ? `${describe(matches[0])} matches /${pattern.source}/`
      : describe(matches[0]),
    reason: words(matches[0]),
  });
}

/** A loader rule's snippet in inline code, as one detection. */
function loaderIn(out: Detection[], tech: number, rule: LoaderRule, code: string, held: string) {
  const loader = rule.inline?.exec(code);
  if (!loader) return;
  out.push({
    tech,
    confidence: 100,
    version: '',
    evidence: `inline script${held} ${excerpt(loader[0])} matches /${rule.inline!.source}/`,
    reason: say.loader(loader[0]),
  });
}

/** Every pattern that fires on the signals, technology by technology. */
function detect(index: TableIndex, signals: PageSignals): Detection[] {
  const out: Detection[] = [];
  for (const e of index.url.candidates(signals.url))
    run(out, e, signals.url, () => `url ${signals.url}`, say.url);
  for (const src of signals.scriptSrc) {
    for (const e of index.scriptSrc.candidates(src))
      run(
        out,
        e,
        src,
        () => `script src ${src}`,
        (m) => say.scriptSrc(src, m),
      );
  }
  // Code and markup that do not run (comments, `if (false)`, configs switched
  // off, another extension's tags) are blanked first: see inert.ts.
  const inline = liveCode(signals.scripts.join('\n'));
  const inlineMemo = new Map<string, RegExpExecArray | null>();
  for (const e of index.scripts.candidates(inline)) {
    run(out, e, inline, (m) => `inline script ${excerpt(m)}`, say.inline, inlineMemo);
  }
  // Embeds and inline loaders the dataset misses.
  for (const rule of LOADER_RULES) {
    const tech = index.byName.get(rule.name);
    if (tech === undefined) continue;
    const frame = rule.iframeHost
      ? (signals.iframeSrc ?? []).find((src) => rule.iframeHost!.test(hostOf(src)))
      : undefined;
    if (frame) {
      out.push({
        tech,
        confidence: 100,
        version: '',
        evidence: `iframe src ${frame} matches /${rule.iframeHost!.source}/`,
        reason: say.embed(rule.embed, hostOf(frame)),
      });
    }
    loaderIn(out, tech, rule, inline, '');
  }
  // Tags held back by a consent manager: the same patterns, marked as such.
  const held = out.length;
  for (const src of signals.consentScriptSrc ?? []) {
    for (const e of index.scriptSrc.candidates(src)) {
      run(
        out,
        e,
        src,
        () => `script src ${src} held for consent`,
        (m) => say.scriptSrc(src, m),
      );
    }
  }
  const heldInline = liveCode((signals.consentScripts ?? []).join('\n'));
  const heldMemo = new Map<string, RegExpExecArray | null>();
  for (const e of heldInline ? index.scripts.candidates(heldInline) : []) {
    run(
      out,
      e,
      heldInline,
      (m) => `inline script held for consent ${excerpt(m)}`,
      say.inline,
      heldMemo,
    );
  }
  for (const rule of heldInline ? LOADER_RULES : []) {
    const tech = index.byName.get(rule.name);
    if (tech !== undefined) loaderIn(out, tech, rule, heldInline, ' held for consent');
  }
  for (let i = held; i < out.length; i++) {
    const d = out[i]!;
    d.afterConsent = true;
    d.reason = say.afterConsent(d.reason);
  }
  const html = liveMarkup(signals.html);
  const htmlMemo = new Map<string, RegExpExecArray | null>();
  for (const e of index.html.candidates(html)) {
    run(out, e, html, (m) => `html ${excerpt(m)}`, say.html, htmlMemo);
  }
  const text = visibleText(html);
  const textMemo = new Map<string, RegExpExecArray | null>();
  for (const e of index.text.candidates(text)) {
    if (!index.categories[e.tech]?.includes(CARRIER_CATEGORY)) {
      run(out, e, text, (m) => `text ${excerpt(m)}`, say.text, textMemo);
      continue;
    }
    const found = carrierMatch(e.pattern.source, text);
    if (!found) continue;
    out.push({
      tech: e.tech,
      confidence: e.pattern.confidence,
      version: versionFrom(e.pattern.version, found.match),
      evidence: `text ${excerpt(found.match[0])} near "${found.word}" matches /${e.pattern.source}/`,
      reason: say.carrier(found.match[0], found.word),
    });
  }
  const css = `${signals.css ?? ''}\n${styleBlocks(html)}`;
  const cssMemo = new Map<string, RegExpExecArray | null>();
  for (const e of index.css.candidates(css)) {
    run(out, e, css, (m) => `css ${excerpt(m)}`, say.css, cssMemo);
  }
  for (const [name, values] of Object.entries(signals.meta)) {
    for (const e of index.meta.get(name) ?? []) {
      for (const value of values)
        run(
          out,
          e,
          value,
          () => `meta ${name}=${excerpt(value)}`,
          () => say.meta(name, value),
        );
    }
  }
  for (const cookie of signals.cookies) {
    const name = cookie.toLowerCase();
    const entries = [
      ...(index.cookies.get(name) ?? []),
      ...index.cookiePrefixes.filter(([p]) => name.startsWith(p)).flatMap(([, e]) => e),
    ];
    // Only names are gathered: patterns on a cookie's value see ''.
    for (const e of entries)
      run(
        out,
        e,
        '',
        () => `cookie ${cookie}`,
        () => say.cookie(cookie),
      );
  }
  for (const [chain, value] of Object.entries(signals.js)) {
    // As in wappalyzer, a non-primitive global is matched as `true`.
    const text = value === true ? 'true' : value;
    for (const e of index.js.get(chain) ?? []) {
      run(
        out,
        e,
        text,
        () => (value === true ? `window.${chain} exists` : `window.${chain} = ${excerpt(value)}`),
        () => say.global(chain, value),
      );
    }
  }
  for (const [selector, answer] of Object.entries(signals.dom)) {
    for (const d of index.dom.get(selector) ?? []) {
      if (d.exists)
        run(
          out,
          { tech: d.tech, pattern: d.exists },
          '',
          () => `selector ${selector}`,
          () => say.selector(selector),
        );
      if (d.text) {
        for (const text of answer.text ?? []) {
          run(
            out,
            { tech: d.tech, pattern: d.text },
            text,
            () => `selector ${selector} text ${excerpt(text)}`,
            () => say.selectorText(selector, text),
          );
        }
      }
      for (const [attribute, pattern] of d.attributes ?? []) {
        for (const value of answer.attributes?.[attribute] ?? []) {
          run(
            out,
            { tech: d.tech, pattern },
            value,
            () => `selector ${selector} ${attribute}=${excerpt(value)}`,
            () => say.selectorAttribute(selector, attribute, value),
          );
        }
      }
    }
  }
  return out;
}

interface Resolved {
  tech: number;
  confidence: number;
  version: string;
  evidence: string;
  reason: string;
  implied: boolean;
  afterConsent: boolean;
}

/** wappalyzer-core's version choice: longer wins, but not timestamps or long strings. */
function betterVersion(current: string, candidate: string): string {
  return candidate.length > current.length &&
    candidate.length <= 15 &&
    (parseInt(candidate, 10) || 0) < 10000
    ? candidate
    : current;
}

function resolve(index: TableIndex, detections: Detection[]): Resolved[] {
  const byTech = new Map<number, Resolved>();
  for (const d of detections) {
    const r = byTech.get(d.tech);
    if (r) {
      // A tag that runs now says more than one held for consent.
      if (r.afterConsent && !d.afterConsent) {
        r.afterConsent = false;
        r.evidence = d.evidence;
        r.reason = d.reason;
      }
      r.confidence = Math.min(100, r.confidence + d.confidence);
      r.version = betterVersion(r.version, d.version);
    } else {
      byTech.set(d.tech, {
        tech: d.tech,
        confidence: Math.min(100, d.confidence),
        version: betterVersion('', d.version),
        evidence: d.evidence,
        reason: d.reason,
        implied: false,
        afterConsent: d.afterConsent ?? false,
      });
    }
  }
  const resolved = [...byTech.values()].sort((a, b) => a.tech - b.tech);
  // Excludes apply to detected technologies, before implications.
  const excluded = new Set(resolved.flatMap((r) => index.excludes[r.tech] ?? []));
  const kept = resolved.filter((r) => !excluded.has(r.tech));
  const present = new Set(kept.map((r) => r.tech));
  for (let i = 0; i < kept.length; i++) {
    const parent = kept[i]!;
    for (const implied of index.implies[parent.tech] ?? []) {
      if (present.has(implied.tech)) continue;
      present.add(implied.tech);
      kept.push({
        tech: implied.tech,
        confidence: Math.min(parent.confidence, implied.confidence),
        version: implied.version,
        evidence: `implied by ${index.table.technologies[parent.tech]!.name} (${parent.evidence})`,
        reason: say.implied(index.table.technologies[parent.tech]!.name),
        implied: true,
        afterConsent: parent.afterConsent,
      });
    }
  }
  return kept;
}

function isGated(index: TableIndex, tech: number): boolean {
  return (index.requires[tech]?.length ?? 0) > 0 || (index.requiresCategory[tech]?.length ?? 0) > 0;
}

/** Whether a gated technology's requirement is among the resolved ones (any one suffices, as in wappalyzer). */
function released(index: TableIndex, tech: number, present: Set<number>, cats: Set<number>) {
  return (
    (index.requires[tech] ?? []).some((t) => present.has(t)) ||
    (index.requiresCategory[tech] ?? []).some((c) => cats.has(c))
  );
}

export function matchTechnologies(
  signals: PageSignals,
  table: FingerprintTable,
): TechnologyMatch[] {
  const index = indexFor(table);
  // One pass over the signals for every technology; detections of gated
  // ones wait until what they require shows up.
  const all = detect(index, signals);
  const open = all.filter((d) => !isGated(index, d.tech));
  let waiting = all.filter((d) => isGated(index, d.tech));
  let resolved = resolve(index, open);
  while (waiting.length > 0) {
    const present = new Set(resolved.map((r) => r.tech));
    const cats = new Set(resolved.flatMap((r) => index.categoryIds[r.tech] ?? []));
    const now = waiting.filter((d) => released(index, d.tech, present, cats));
    if (now.length === 0) break;
    open.push(...now);
    waiting = waiting.filter((d) => !now.includes(d));
    resolved = resolve(index, open);
  }
  return resolved
    .map((r): TechnologyMatch => {
      const match: TechnologyMatch = {
        name: table.technologies[r.tech]!.name,
        categories: index.categories[r.tech] ?? [],
        confidence: r.confidence,
        evidence: r.evidence,
        reason: r.reason,
      };
      if (r.version) match.version = r.version;
      if (r.implied) match.implied = true;
      if (r.afterConsent) match.afterConsent = true;
      return match;
    })
    .sort(
      (a, b) =>
        Number(a.implied ?? false) - Number(b.implied ?? false) || a.name.localeCompare(b.name),
    );
}

/** The PageHints shape: name, category names and where it was seen, in words and as matched. */
export function toTechnologyHints(matches: TechnologyMatch[]): TechnologyHint[] {
  return matches.map(({ name, categories, evidence, reason }) => ({
    name,
    categories,
    evidence,
    reason,
  }));
}
