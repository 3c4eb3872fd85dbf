import { describe, expect, it } from 'vitest';
import { bundleDataset } from '../../src/data/bundle.ts';
import { HEADLINE_INDICATORS, indicatorsForView, minutesIndicators, POPULATION_INDICATOR, REPORT_INDICATORS } from '../../src/view/view-data.ts';
import { decodeSpec } from '../../src/view/url.ts';
import { loadDataDir } from '../../scripts/data-dir.ts';

const { dataset, errors } = loadDataDir('data');
const { core } = bundleDataset(dataset, errors);
const forUrl = (query: string) => indicatorsForView(decodeSpec(query), core);

describe('the files each view reads', () => {
  it('names for a count its population too, so per 1.000 can be offered at once, and none for a share', () => {
    expect(forUrl('?view=trend&ind=ledige')).toEqual(['ledige', POPULATION_INDICATOR]);
    expect(forUrl('?view=trend&ind=ledighed_pct')).toEqual(['ledighed_pct']);
    expect(forUrl('?view=trend&ind=ledighed_pct&ind2=kontanthjaelp_fuldtid')).toEqual(['ledighed_pct', 'kontanthjaelp_fuldtid', POPULATION_INDICATOR]);
    expect(forUrl('?view=trend&ind=ledige&ind2=ledige')).toEqual(['ledige', POPULATION_INDICATOR]);
    expect(forUrl('?view=map&ind=ledighed_pct')).toEqual(['ledighed_pct']);
    expect(forUrl('?view=compare&ind=ledighed_pct')).toEqual(['ledighed_pct', POPULATION_INDICATOR]);
  });

  it('names the landing page\'s key figures, the report\'s themes and the minutes\' indicators, each once and only where the data has them', () => {
    const bundled = new Set(core.catalog.map((c) => c.indicator));
    expect(forUrl('')).toEqual([...HEADLINE_INDICATORS, POPULATION_INDICATOR].filter((i) => bundled.has(i)));
    expect(forUrl('?view=report')).toEqual(REPORT_INDICATORS.filter((i) => bundled.has(i)));
    expect(new Set(forUrl('?view=report')).size).toBe(forUrl('?view=report').length);
    expect(forUrl('?view=sources')).toEqual(minutesIndicators(core));
    expect(minutesIndicators(core)).toContain('ydelsesmodtagere_fuldtid');
    expect(forUrl('?view=benchmark')).toHaveLength(4);
    for (const view of ['grants', 'extract', 'import']) expect(forUrl(`?view=${view}`)).toEqual([]);
  });

  it('leaves out an indicator the data does not have (a link to one imported in another browser)', () => {
    expect(forUrl('?view=trend&ind=mine_egne_tal')).toEqual([]);
  });
});
