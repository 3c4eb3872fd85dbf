/**
 * Moves label positions (pixels, any order) apart so that neighbours are at least `gap`
 * apart, staying within [min, max] where the space allows, and as close to their wish as
 * possible. Returns positions in the input order.
 */
export function dodgeLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(Math.max(o.y, min), max));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = placed.length ? placed[placed.length - 1]! - max : 0;
  if (overflow > 0) {
    for (let k = placed.length - 1; k >= 0; k--) {
      const limit = k === placed.length - 1 ? max : placed[k + 1]! - gap;
      placed[k] = Math.max(Math.min(placed[k]!, limit), min);
    }
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
