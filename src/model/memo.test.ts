import { describe, expect, it } from 'vitest';
import { lastResult } from './memo.ts';

describe('lastResult', () => {
  it('builds again only when an input is another object', () => {
    let builds = 0;
    const spec = { areas: ['163'] };
    const table = { rows: [1, 2] };
    const model = lastResult(
      (input: { spec: object; table: object; extra: number }) => ({ built: ++builds, extra: input.extra }),
      (input) => [input.spec, input.table],
    );
    const first = model({ spec, table, extra: 1 });
    // A new wrapper around the same inputs, as a thrown-away render makes.
    expect(model({ spec, table, extra: 2 })).toBe(first);
    expect(model({ spec: { areas: ['163'] }, table, extra: 1 }).built).toBe(2);
    expect(builds).toBe(2);
  });
});
