// The name to show for a company: its legal form left out ("Bächli Bergsport
// AG" → "Bächli Bergsport", "サンワサプライ株式会社" → "サンワサプライ"). The
// evidence keeps the name as stated, so the legal name is never lost.

/** Legal forms written after the name, longest first where one contains another. */
const TRAILING_FORM = new RegExp(
  '[\\s,]+(?:' +
    [
      'gmbh\\s*(?:&|\\+|und)\\s*co\\.?\\s*(?:ohg|kgaa|kg)',
      'ag\\s*&\\s*co\\.?\\s*kg',
      'gmbh',
      'ggmbh',
      'mbh',
      'kgaa',
      'ag',
      'se',
      'kg',
      'ohg',
      'e\\.\\s?v\\.',
      's\\.\\s?p\\.\\s?a\\.?',
      'spa',
      's\\.\\s?r\\.\\s?l\\.?',
      'srl',
      's\\.\\s?a\\.\\s?s\\.?',
      'sas',
      'sarl',
      's\\.\\s?a\\.?',
      's\\.\\s?l\\.?',
      'b\\.\\s?v\\.?',
      'bv',
      'n\\.\\s?v\\.?',
      'nv',
      'co\\.,?\\s*ltd\\.?',
      'pty\\.?\\s*ltd\\.?',
      'ltd\\.?',
      'limited',
      'inc\\.?',
      'incorporated',
      'llc',
      'l\\.l\\.c\\.',
      'llp',
      'plc',
      'corp\\.?',
      'corporation',
      'a/s',
      'aps',
      'asa',
      'as',
      'ab',
      'oyj',
      'oy',
      'k\\.k\\.',
    ].join('|') +
    ')$',
  'i',
);
/** Japanese and Russian legal forms, before or after the name. */
const CJK_FORM = /^(?:株式会社|有限会社|合同会社)\s*|\s*(?:株式会社|有限会社|合同会社)$/g;
const RU_FORM = /^(?:ООО|ОАО|ПАО|ЗАО|АО)\s+[«"]?(.+?)[»"]?$/u;

export function displayName(name: string): string {
  let current = name.trim();
  const ru = RU_FORM.exec(current);
  if (ru?.[1]) current = ru[1];
  current = current.replace(CJK_FORM, '').trim() || current;
  for (let i = 0; i < 2; i += 1) {
    const next = current.replace(TRAILING_FORM, '').replace(/[\s,]+$/, '');
    if (!next || next === current) break;
    current = next;
  }
  return current || name.trim();
}
