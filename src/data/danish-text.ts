// Danish text and numbers as the sources write them, in one place for import, ingest,
// extraction and exports.

/** Danish letters as ASCII, the one fold for ids, file names and search: "Ærø" → "aeroe"; other accents dropped. */
function foldDanish(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lower case ASCII words joined by hyphens: "Ærø Kommune" → "aeroe-kommune". For ids and file names. */
export function slugify(text: string): string {
  return foldDanish(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A name or a query as search compares them: folded, and "oe" read as "o", so "hoje", "hoeje"
 * and "høje" all find Høje-Taastrup and "aero" finds Ærø.
 */
export function searchKey(text: string): string {
  return foldDanish(text)
    .replace(/oe/g, 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "1.234,5" → "1234.5": thousands dots dropped and the decimal comma made a point, for Number(). */
export function decimalCommaToPoint(text: string): string {
  return text.replace(/\./g, '').replace(',', '.');
}
