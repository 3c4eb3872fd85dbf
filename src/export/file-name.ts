import { slugify } from '../data/danish-text.ts';

/** A download's file name from a title: ASCII, no path parts, "kommunetal-" in front. */
export function safeFileName(title: string, ext: string): string {
  return `kommunetal-${slugify(title).slice(0, 60).replace(/-$/, '') || 'graf'}.${ext}`;
}
