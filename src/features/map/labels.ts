// Names on the map: neighbouring municipalities (Herlev and Ballerup) would print over each
// other at their centres, so a label that would overlap one already placed moves down a line.

export interface MapLabel {
  key: string;
  text: string;
  x: number;
  y: number;
}

/** Labels 12 px high and about 7 px a letter on screen, `scale` map units to the px. */
export function placeLabels(labels: MapLabel[], scale: number, tries = 4): MapLabel[] {
  const line = 14 / scale;
  const halfWidth = (l: MapLabel) => (l.text.length * 7) / scale / 2;
  const placed: MapLabel[] = [];
  const overlaps = (a: MapLabel, b: MapLabel) => Math.abs(a.x - b.x) < halfWidth(a) + halfWidth(b) && Math.abs(a.y - b.y) < line;
  for (const label of [...labels].sort((a, b) => a.y - b.y || a.x - b.x)) {
    let next = label;
    for (let i = 0; i < tries && placed.some((p) => overlaps(next, p)); i++) next = { ...next, y: next.y + line };
    placed.push(next);
  }
  return placed;
}
