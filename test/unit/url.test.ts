import { describe, expect, it } from 'vitest';
import { decodeSpec, encodeSpec } from '../../src/view/url.ts';
import { DEFAULT_SPEC, type ViewSpec } from '../../src/view/view-spec.ts';

describe('view spec URL', () => {
  it('round-trips a full spec', () => {
    const spec: ViewSpec = {
      view: 'compare',
      areas: ['163', '151', 'albertslund-lokalomraade', '000'],
      indicator: 'kontanthjaelp_fuldtid',
      indicator2: 'ledige',
      breakdown: 'kontanthjælp',
      from: '2021-08',
      to: '2026-Q2',
      mode: 'index',
      base: '2022-01',
      at: '2026-07',
      only: true,
      forecast: true,
      seasonal: true,
      goal: { value: 450.5, at: '2027-06' },
      since: '2021-07',
      source: 'herlev-amu-2022-10-26',
      item: '5',
      peers: ['000', 'albertslund-lokalomraade'],
      hidden: ['151', '163:2'],
      grant: 'albertslund-2021-afklaring',
      grantArea: '165',
      grantor: 'STAR',
      sort: 'title',
      zoom: 'r-hovedstaden',
      lang: 'en',
      embed: false,
      controls: true,
      data: null,
    };
    expect(decodeSpec(encodeSpec(spec))).toEqual(spec);
  });

  it('writes only what differs from the default, readably', () => {
    expect(encodeSpec(DEFAULT_SPEC)).toBe('');
    expect(encodeSpec({ ...DEFAULT_SPEC, areas: ['163', '151'] })).toBe('?v=1&areas=163~151');
    expect(decodeSpec('')).toEqual(DEFAULT_SPEC);
  });

  it('keeps a benchmark window readable in the link', () => {
    const spec: ViewSpec = { ...DEFAULT_SPEC, view: 'benchmark', areas: ['163'], breakdown: 'kontanthjælp mv.', at: '2021-Q3/2022-Q2' };
    const search = encodeSpec(spec);
    expect(search).toContain('at=2021-Q3/2022-Q2');
    expect(decodeSpec(search)).toEqual(spec);
  });

  it('round-trips no areas at all', () => {
    const spec = { ...DEFAULT_SPEC, areas: [] };
    expect(decodeSpec(encodeSpec(spec))).toEqual(spec);
  });

  it('falls back per field on nonsense and never throws', () => {
    const spec = decodeSpec('?view=nope&areas=163~<script>~151~163&mode=x&from=2022-13&ind=DROP%20TABLE&lang=fr&%E0%A4%A=1');
    expect(spec).toEqual({ ...DEFAULT_SPEC, areas: ['163', '151'] });
    expect(decodeSpec('?areas=' + '~'.repeat(50))).toEqual(DEFAULT_SPEC);
  });

  it('caps the number of areas', () => {
    // 1.500 distinct, valid area ids: only the cap can shorten the list.
    const many = Array.from({ length: 1500 }, (_, i) => `g${i}`);
    const areas = decodeSpec(`?areas=${many.join('~')}`).areas;
    expect(areas).toHaveLength(1000);
    expect(areas.at(-1)).toBe('g999');
  });

  it('keeps hidden series, grant filters and sort order in the link', () => {
    const spec = { ...DEFAULT_SPEC, view: 'trend' as const, areas: ['163', '151'], hidden: ['151', '163:target'], grantArea: '165', grantor: 'STAR', sort: '-decided' };
    const query = encodeSpec(spec);
    expect(query).toContain('hide=151~163:target');
    expect(decodeSpec(query)).toEqual(spec);
    expect(decodeSpec('?hide=151~<x>~163:nonsense').hidden).toEqual(['151']);
  });
});

describe('old links', () => {
  it('upgrades an unversioned hand-written link', () => {
    const spec = decodeSpec('?view=trend&indicator=ledige&area=163,151&breakdown=a-dagpenge');
    expect(spec).toMatchObject({ view: 'trend', indicator: 'ledige', areas: ['163', '151'], breakdown: 'a-dagpenge' });
  });

  it('does not touch a current link', () => {
    expect(decodeSpec('?v=1&areas=163~151&indicator=ignored').indicator).toBe(DEFAULT_SPEC.indicator);
  });

  it('runs every migration from the link\'s version onward', async () => {
    const { migrateParams } = await import('../../src/view/url.ts');
    const renameV1 = (p: URLSearchParams) => {
      const next = new URLSearchParams(p);
      next.set('ind', next.get('kpi') ?? '');
      next.delete('kpi');
      return next;
    };
    const upgraded = migrateParams(new URLSearchParams('v=1&kpi=ledige'), [(p) => p, renameV1]);
    expect(upgraded.get('ind')).toBe('ledige');
    expect(migrateParams(new URLSearchParams('v=2&kpi=x'), [(p) => p, renameV1]).get('kpi')).toBe('x');
  });

  it('round-trips the embed settings', () => {
    const spec = { ...DEFAULT_SPEC, embed: true, controls: false, data: 'abc123def456' };
    expect(decodeSpec(encodeSpec(spec))).toEqual(spec);
  });
});

describe('a target in the URL', () => {
  it('reads a level and a month, and ignores anything else', () => {
    expect(decodeSpec('?view=trend&fc=1&goal=450~2027-06').goal).toEqual({ value: 450, at: '2027-06' });
    expect(decodeSpec('?goal=4.5~2026-12').goal).toEqual({ value: 4.5, at: '2026-12' });
    expect(decodeSpec('?goal=450').goal).toBeNull();
    expect(decodeSpec('?goal=450~2027-13').goal).toBeNull();
    expect(decodeSpec('?goal=abc~2027-06').goal).toBeNull();
    expect(encodeSpec({ ...decodeSpec(''), goal: { value: 450, at: '2027-06' } })).toContain('goal=450~2027-06');
  });
});

