import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels.ts';

describe('placeLabels', () => {
  it('moves a label that would cover its neighbour down a line', () => {
    const placed = placeLabels(
      [
        { key: '151', text: 'Ballerup', x: 100, y: 50 },
        { key: '163', text: 'Herlev', x: 120, y: 52 },
      ],
      2,
    );
    expect(placed.find((l) => l.key === '151')!.y).toBe(50);
    expect(placed.find((l) => l.key === '163')!.y).toBe(52 + 7);
  });

  it('leaves labels apart where they are', () => {
    const labels = [
      { key: 'a', text: 'Aabenraa', x: 0, y: 0 },
      { key: 'b', text: 'Herlev', x: 500, y: 0 },
    ];
    expect(placeLabels(labels, 1)).toEqual(labels);
  });
});
