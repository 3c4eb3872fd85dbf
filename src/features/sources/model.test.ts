import { describe, expect, it } from 'vitest';
import { sourcesModel } from './model.ts';
import { core, tables, da } from '../../../test/fixtures/models/world.ts';

describe('sources model', () => {
  it('lists each meeting with its figures and grants', () => {
    const m = sourcesModel(core, new Map([['ydelser', tables.get('ydelser')!]]), da);
    expect(m.meetings).toHaveLength(1);
    expect(m.meetings[0]!.figures.map((f) => [f.period, f.value])).toEqual([['juli 2025', '2.889'], ['juli 2026', '2.790']]);
    expect(m.meetings[0]!.count).toBe(' – 2 tal, 2 bevillinger');
    expect(m.tables.find((t) => t.source.source_id === 'src-befolkning')?.indicators).toBe('befolkning (da) (jul. 2025 – jul. 2026, 6 områder)');
  });
});
