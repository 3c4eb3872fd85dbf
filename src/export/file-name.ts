/** A download's file name from a title: ASCII, no path parts, "kommunetal-" in front. */
export function safeFileName(title: string, ext: string): string {
  const base = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `kommunetal-${base || 'graf'}.${ext}`;
}
