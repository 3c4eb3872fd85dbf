// Danish text and numbers as the sources write them, in one place for import, ingest,
// extraction and exports.

/** Lower case ASCII words joined by hyphens: "Ærø Kommune" → "aeroe-kommune". For ids and file names. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "1.234,5" → "1234.5": thousands dots dropped and the decimal comma made a point, for Number(). */
export function decimalCommaToPoint(text: string): string {
  return text.replace(/\./g, '').replace(',', '.');
}
