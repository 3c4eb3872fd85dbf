import { describe, expect, it } from 'vitest';
import { effectiveZoom, findMunicipalities, fitTransform, freeZoom, parseZoom, regionName, regionSlug, transformFor, type Bounds, type ZoomWorld } from './zoom.ts';

const municipalities = [
  { code: '163', name: 'Herlev' },
  { code: '169', name: 'Høje-Taastrup' },
  { code: '580', name: 'Aabenraa' },
  { code: '151', name: 'Ballerup' },
  { code: '101', name: 'København' },
  { code: '147', name: 'Frederiksberg' },
];

describe('map zoom', () => {
  it('reads every kind of target from the URL and refuses the rest', () => {
    expect(parseZoom('r-hovedstaden')).toEqual({ kind: 'region', slug: 'hovedstaden' });
    expect(parseZoom('areas')).toEqual({ kind: 'areas' });
    expect(parseZoom('m-163')).toEqual({ kind: 'municipality', code: '163' });
    expect(parseZoom('3.5,-120.5,-80')).toEqual({ kind: 'free', transform: { k: 3.5, x: -120.5, y: -80 } });
    expect(parseZoom('999,0,0')).toEqual({ kind: 'free', transform: { k: 24, x: 0, y: 0 } });
    for (const bad of ['', 'r-', 'm-16', '<script>', '1,0,0', 'NaN,1,1']) expect(parseZoom(bad)).toBeNull();
  });

  it('writes a hand-made view short, and no zoom as nothing', () => {
    expect(freeZoom({ k: 2.3456, x: -100.04, y: 3.26 })).toBe('2.35,-100,3.3');
    expect(freeZoom({ k: 1, x: 0, y: 0 })).toBeNull();
    expect(parseZoom(freeZoom({ k: 2.3456, x: -100.04, y: 3.26 }))).toEqual({ kind: 'free', transform: { k: 2.35, x: -100, y: 3.3 } });
  });

  it('names regions as the URL does', () => {
    expect(regionSlug('Region Sjælland')).toBe('sjaelland');
    expect(regionSlug('Region Hovedstaden')).toBe('hovedstaden');
    expect(regionName('Region Sjælland')).toBe('Sjælland');
  });

  it('fits a box into the view, centred, and widens a tiny one', () => {
    const t = fitTransform([[100, 100], [200, 150]], 600, 600, 1);
    expect(t.k).toBe(6);
    expect(t.x + t.k * 150).toBe(300);
    expect(t.y + t.k * 125).toBe(300);
    // A box of 1 × 1 is shown as a tenth of the view, not enlarged to fill it.
    expect(fitTransform([[10, 10], [11, 11]], 600, 600, 1).k).toBe(10);
    expect(fitTransform([[0, 0], [600, 600]], 600, 600).k).toBe(1);
  });

  it('zooms to a region, the chosen municipalities or one municipality', () => {
    const box = (x: number, y: number): Bounds => [[x, y], [x + 10, y + 10]];
    const world: ZoomWorld = {
      bounds: new Map([['163', box(500, 300)], ['151', box(480, 300)], ['580', box(100, 500)]]),
      regionOf: new Map([['163', 'Region Hovedstaden'], ['151', 'Region Hovedstaden'], ['580', 'Region Syddanmark']]),
      width: 600,
      height: 600,
    };
    const capital = transformFor({ kind: 'region', slug: 'hovedstaden' }, [], world);
    expect(capital.k).toBeGreaterThan(5);
    expect(capital.x + capital.k * 495).toBeCloseTo(300);
    expect(transformFor({ kind: 'areas' }, ['580'], world)).toEqual(transformFor({ kind: 'municipality', code: '580' }, [], world));
    expect(transformFor({ kind: 'areas' }, ['000'], world)).toEqual({ k: 1, x: 0, y: 0 });
    expect(transformFor(null, ['163'], world)).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('opens an embed of chosen municipalities on them', () => {
    const codes = new Set(['163', '151']);
    expect(effectiveZoom({ zoom: null, embed: true, areas: ['163'] }, codes)).toBe('areas');
    expect(effectiveZoom({ zoom: null, embed: true, areas: ['000'] }, codes)).toBeNull();
    expect(effectiveZoom({ zoom: null, embed: false, areas: ['163'] }, codes)).toBeNull();
    expect(effectiveZoom({ zoom: 'r-sjaelland', embed: true, areas: ['163'] }, codes)).toBe('r-sjaelland');
  });
});

describe('findMunicipalities', () => {
  it('finds names with æøå typed either way, spaces for hyphens', () => {
    expect(findMunicipalities('Høje Taastrup', municipalities).map((m) => m.code)).toEqual(['169']);
    expect(findMunicipalities('hoeje', municipalities).map((m) => m.code)).toEqual(['169']);
    expect(findMunicipalities('Åbenrå', municipalities).map((m) => m.code)).toEqual(['580']);
    expect(findMunicipalities('aabenraa', municipalities).map((m) => m.code)).toEqual(['580']);
    expect(findMunicipalities('kobenhavn', municipalities)).toEqual([]);
    expect(findMunicipalities('københ', municipalities).map((m) => m.code)).toEqual(['101']);
  });

  it('puts names that start with the text before names that contain it', () => {
    expect(findMunicipalities('er', municipalities).map((m) => m.name)).toEqual(['Herlev', 'Ballerup', 'Frederiksberg']);
    expect(findMunicipalities('  ', municipalities)).toEqual([]);
  });
});
