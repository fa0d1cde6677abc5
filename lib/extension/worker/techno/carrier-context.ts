// The dataset's `text` patterns are carriers' names (DHL, UPS, GLS, DPD...)
// that wappalyzer reports on any shop whose text contains them. A name in a
// shop's text is its carrier only where the text speaks of shipping: Sanwa's
// shop sells "UPS (無停電電源装置)", uninterruptible power supplies, and a
// blog may name DHL in a story. So a carrier counts only with a shipping word
// close by, in the languages reps read.

import { regexFor } from './patterns';

export const CARRIER_CATEGORY = 'Shipping carriers';

const SHIPPING =
  /\b(?:ship|deliver|dispatch|carrier|courier|parcel|postage|tracking|versand|liefer|paket|zustell|porto|livraison|exp[ée]di|colis|transporteur|env[ií]o|entrega|spedizion|consegna|corriere|verzend|bezorg|pakket|frete)|配送|発送|送料|配達|宅配/i;

/** How far around the name a shipping word may be, in characters. */
const NEAR = 120;

/** The first match of `source` in `text` with a shipping word near it, and that word. */
export function carrierMatch(
  source: string,
  text: string,
): { match: RegExpExecArray; word: string } | undefined {
  const once = regexFor(source);
  const all = new RegExp(once.source, `${once.flags.replace('g', '')}g`);
  for (const match of text.matchAll(all)) {
    const around = text.slice(
      Math.max(0, match.index - NEAR),
      match.index + match[0].length + NEAR,
    );
    const word = SHIPPING.exec(around)?.[0];
    if (word) return { match: match as RegExpExecArray, word };
  }
  return undefined;
}
