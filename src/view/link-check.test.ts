import { describe, expect, it } from 'vitest';
import { checkLinkAreas, checkLinkBreakdown, checkLinkIndicator, MAX_CHOSEN, MAX_PEERS } from './link-check.ts';
import { core } from '../../test/fixtures/models/world.ts';

describe('checkLinkAreas', () => {
  it('drops and names codes the data lacks, keeps groups and Hele landet, and leaves peers unset when unset', () => {
    const r = checkLinkAreas({ areas: ['163', '001', 'herlev-naboer', '000', '999'], peers: null }, core);
    expect(r).toEqual({ areas: ['163', 'herlev-naboer', '000'], peers: null, unknown: ['001', '999'], cut: 0 });
  });
  it('turns a thousand unknown peers into none before any work', () => {
    const peers = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
    const r = checkLinkAreas({ areas: ['163'], peers }, core);
    expect(r.peers).toEqual(['000', '101', '151', '161', '163', '165']);
    expect(r.unknown).toHaveLength(994);
  });
  it('keeps a comparison set to a readable size', () => {
    const many = { municipalities: Array.from({ length: 200 }, (_, i) => ({ code: String(100 + i), name: `K${i}`, region: '' })), groups: [] };
    const r = checkLinkAreas({ areas: ['100'], peers: many.municipalities.map((m) => m.code) }, many);
    expect(r.peers).toHaveLength(MAX_PEERS);
    expect(r.cut).toBe(200 - MAX_PEERS);
  });
  it('cuts a list of known areas at the limit and counts what it cut', () => {
    const many = { municipalities: Array.from({ length: 200 }, (_, i) => ({ code: String(100 + i), name: `K${i}`, region: '' })), groups: [] };
    const r = checkLinkAreas({ areas: many.municipalities.map((m) => m.code), peers: null }, many);
    expect(r.areas).toHaveLength(MAX_CHOSEN);
    expect(r.cut).toBe(200 - MAX_CHOSEN);
  });
});

describe('checkLinkIndicator', () => {
  it('accepts what the data has, and ignores views that draw no indicator', () => {
    expect(checkLinkIndicator({ view: 'trend', indicator: 'ledige' }, core)).toBeNull();
    expect(checkLinkIndicator({ view: 'report', indicator: 'nosuch' }, core)).toBeNull();
  });
  it('offers the nearest indicators for one the data lacks', () => {
    expect(checkLinkIndicator({ view: 'trend', indicator: 'ledighed_procent' }, core)?.nearest[0]).toBe('ledighed_pct');
    const offered = checkLinkIndicator({ view: 'compare', indicator: 'nosuch' }, core)!.nearest;
    expect(offered.length).toBeGreaterThanOrEqual(3);
    expect(offered).toContain('ledighed_pct');
  });
});

describe('checkLinkBreakdown', () => {
  const catalog = [
    { indicator: 'ledige', breakdowns: ['all', 'a-dagpenge', 'kontanthjælp'] },
    { indicator: 'syntetisk', breakdowns: ['a-dagpenge', 'kontanthjælp'] },
  ] as unknown as Parameters<typeof checkLinkBreakdown>[1]['catalog'];
  it('names a breakdown the indicator lacks and the one drawn instead, in the views that draw one breakdown', () => {
    expect(checkLinkBreakdown({ view: 'trend', indicator: 'ledige', breakdown: 'kontanthælp' }, { catalog })).toEqual({ unknown: 'kontanthælp', shown: 'all' });
    expect(checkLinkBreakdown({ view: 'map', indicator: 'syntetisk', breakdown: 'fleksjob' }, { catalog })).toEqual({ unknown: 'fleksjob', shown: 'a-dagpenge' });
    // A link that names no breakdown asks for the total; where there is none, the first is drawn without a word.
    expect(checkLinkBreakdown({ view: 'map', indicator: 'syntetisk', breakdown: 'all' }, { catalog })).toBeNull();
    expect(checkLinkBreakdown({ view: 'trend', indicator: 'ledige', breakdown: 'kontanthjælp' }, { catalog })).toBeNull();
    expect(checkLinkBreakdown({ view: 'report', indicator: 'ledige', breakdown: 'nonsense' }, { catalog })).toBeNull();
    expect(checkLinkBreakdown({ view: 'trend', indicator: 'unknown', breakdown: 'x' }, { catalog })).toBeNull();
  });
});

