import { SIGNAL_CAPS as CAPS } from '../../core/hints/page-signals';

/**
 * The rules of the page's stylesheets as text, for the dataset's `css`
 * patterns (`--tw-` variables, `.MuiPaper-root`), within caps on rules and
 * characters. A cross-origin sheet throws on `cssRules` and is skipped: the
 * browser never lets a page, or a content script, read it.
 */
export function styleRules(doc: Document): string {
  let css = '';
  let rules = 0;
  for (const sheet of Array.from(doc.styleSheets ?? [])) {
    try {
      const list = sheet.cssRules;
      for (let i = 0; i < list.length && rules++ < CAPS.cssRules && css.length < CAPS.css; i++)
        css += `${list[i]!.cssText}\n`;
    } catch {
      // cross-origin
    }
  }
  return css.slice(0, CAPS.css);
}
