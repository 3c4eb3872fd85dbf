// Property-based tests: the parsers return rows and errors for any input; they never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../src/data/contract.ts';
import { parseDataFiles } from '../../src/data/dataset.ts';
import { parseContractCsv, readCsv } from '../../src/data/parse-csv.ts';
import { parsePeriod } from '../../src/data/period.ts';
import { periodFromStatbank } from '../../src/data/statbank-period.ts';
import { formatFor } from '../../src/format/format.ts';
const { period: formatPeriod, value: formatValue } = formatFor('da');
import { decodeSpec, encodeSpec } from '../../src/view/url.ts';
import { LANGS, MODES, VIEWS, type ViewSpec } from '../../src/view/view-spec.ts';

const RUNS = { numRuns: 400 };
const csvish = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('163', '000', '2022-07', 'persons', 'actual', '1.5', '', '"', ',', '\r\n', '\uFEFF')), { maxLength: 12 }), { maxLength: 20 }).map((rows) =>
    [CONTRACT.observations.columns.join(','), ...rows.map((r) => r.join(','))].join('\n'),
  ),
);

describe('parsers never throw', () => {
  it('parseContractCsv returns rows and located errors for any text', () => {
    fc.assert(
      fc.property(csvish, fc.constantFrom(...(Object.keys(CONTRACT) as (keyof typeof CONTRACT)[])), (text, kind) => {
        const { rows, rowNumbers, errors } = parseContractCsv(kind, 'f.csv', text);
        expect(rows.length).toBe(rowNumbers.length);
        for (const e of errors) {
          expect(e.file).toBe('f.csv');
          expect(e.row).toBeGreaterThanOrEqual(1);
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('readCsv and parseDataFiles cope with anything', () => {
    fc.assert(
      fc.property(csvish, csvish, (a, b) => {
        readCsv(a, ';');
        const { dataset } = parseDataFiles({ municipalities: a, groups: b, indicators: a, sources: b, grants: a, grant_lines: b, observations: [{ file: 'o.csv', text: a }] });
        expect(Array.isArray(dataset.observations)).toBe(true);
      }),
      RUNS,
    );
  });

  it('period parsing and formatting accept any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parsePeriod(s);
        if (p) expect(formatPeriod(s)).not.toBe('');
        periodFromStatbank(s);
        formatValue(Number(s), 'pct');
      }),
      RUNS,
    );
  });
});

describe('URL codec', () => {
  it('decodes any query to a valid spec, and that spec is stable through the URL', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'binary' })), (q) => {
        const spec = decodeSpec(q);
        expect(VIEWS).toContain(spec.view);
        expect(MODES).toContain(spec.mode);
        expect(LANGS).toContain(spec.lang);
        expect(spec.areas.length).toBeLessThanOrEqual(1000);
        expect(decodeSpec(encodeSpec(spec))).toEqual(spec);
      }),
      RUNS,
    );
  });

  it('round-trips every valid spec', () => {
    const period = fc.constantFrom('2021', '2022-Q3', '2022-07', '2021-01-19');
    const spec: fc.Arbitrary<ViewSpec> = fc.record({
      view: fc.constantFrom(...VIEWS),
      areas: fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')), fc.constantFrom('albertslund-lokalomraade', 'herlev-naboer')), { maxLength: 30 }),
      indicator: fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/),
      indicator2: fc.option(fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/), { nil: null }),
      breakdown: fc.string({ minLength: 1, maxLength: 40 }),
      from: fc.option(period, { nil: null }),
      to: fc.option(period, { nil: null }),
      mode: fc.constantFrom(...MODES),
      base: fc.option(period, { nil: null }),
      at: fc.option(period, { nil: null }),
      only: fc.boolean(),
      forecast: fc.boolean(),
      seasonal: fc.boolean(),
      goal: fc.option(fc.record({ value: fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.constantFrom(4.5, 12.25)), at: fc.constantFrom('2026-12', '2027-06') }), { nil: null }),
      since: fc.option(period, { nil: null }),
      peers: fc.option(fc.uniqueArray(fc.constantFrom('000', '151', 'albertslund-lokalomraade'), { maxLength: 3 }), { nil: null }),
      hidden: fc.uniqueArray(fc.constantFrom('000', '151', '163:target', '163:2', '163:target:2', 'albertslund-lokalomraade'), { maxLength: 4 }),
      source: fc.option(fc.constantFrom('herlev-amu-2022-10-26', 'jobindsats-y25i01'), { nil: null }),
      item: fc.option(fc.constantFrom('5', '12', 'Punkt 3'), { nil: null }),
      zoom: fc.option(fc.constantFrom('r-hovedstaden', 'areas', 'm-163', '2.5,-100,-40.5'), { nil: null }),
      grant: fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: null }),
      grantArea: fc.option(fc.constantFrom('163', '165'), { nil: null }),
      grantor: fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: null }),
      sort: fc.option(fc.constantFrom('amount', '-decided', 'title'), { nil: null }),
      lang: fc.constantFrom(...LANGS),
      embed: fc.boolean(),
      controls: fc.boolean(),
      data: fc.option(fc.stringMatching(/^[0-9a-f]{12}$/), { nil: null }),
    });
    fc.assert(
      fc.property(spec, (s) => {
        expect(decodeSpec(encodeSpec(s))).toEqual(s);
      }),
      RUNS,
    );
  });
});
