// Names that LinkedIn pages give in their heading and their <title>, shared
// by the company and the person readers.

import { metaContent, quote, raw, textOf } from './dom-text';
import { RAW_LIMITS, type RawText } from '../../core/hints/raw-page';

export function headingName(h1: Element | null | undefined): RawText | undefined {
  const text = textOf(h1 ?? null, RAW_LIMITS.name);
  return text ? raw(text, 'h1 in main', RAW_LIMITS.name) : undefined;
}

/**
 * The name in "(99+) Motion: Overview | LinkedIn" or "(99+) Rob Cheung | LinkedIn":
 * the unread count and " | LinkedIn" go (a shell's bare "LinkedIn" names no
 * one), then whatever `tail` matches (a
 * company page's ": Overview" tab name, a profile's " - headline").
 */
export function titleName(doc: Document, tail: RegExp): RawText | undefined {
  const og = metaContent(doc, 'og:title', RAW_LIMITS.text);
  const title = og || textOf(doc.querySelector('title'), RAW_LIMITS.text);
  const name = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/(?:^|\s*\|)\s*LinkedIn\s*$/i, '')
    .replace(tail, '')
    .trim();
  return name
    ? raw(name, `${og ? 'meta og:title' : 'title'} ${quote(title)}`, RAW_LIMITS.name)
    : undefined;
}
