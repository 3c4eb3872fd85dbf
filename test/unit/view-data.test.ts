import { describe, expect, it } from 'vitest';
import { bundleDataset as bundle, partitionFile } from '../../src/data/bundle.ts';
import { breakdownsForView, HEADLINE_INDICATORS, indicatorFiles, indicatorsForView, minutesIndicators, POPULATION_INDICATOR, REPORT_INDICATORS } from '../../src/view/view-data.ts';
import { decodeSpec } from '../../src/view/url.ts';
import { loadDataDir } from '../../scripts/data-dir.ts';

const { dataset, errors } = loadDataDir('data');
const { core } = bundle(dataset, errors);
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

describe('the partitions a view fetches at first', () => {
  const filesFor = (query: string) => {
    const spec = decodeSpec(query);
    return indicatorsForView(spec, core).flatMap((i) => indicatorFiles(core, i, breakdownsForView(spec, core, i)));
  };

  it('fetches for a trend, a comparison and a map the one breakdown drawn, and the population\'s total', () => {
    expect(filesFor('?view=trend&ind=ledige&brk=all')).toEqual([partitionFile('ledige', 'all'), partitionFile(POPULATION_INDICATOR, 'all')]);
    expect(filesFor('?view=compare&ind=ledighed_pct&brk=all')).toEqual([partitionFile('ledighed_pct', 'all'), partitionFile(POPULATION_INDICATOR, 'all')]);
    // A breakdown the indicator does not have is read as its first, as the view draws it.
    expect(filesFor('?view=map&ind=ledighed_pct&brk=Kontanthjælp')).toEqual([partitionFile('ledighed_pct', 'all')]);
  });

  it('fetches the totals for the overview and the report, which read nothing else', () => {
    expect(filesFor('')).toEqual(forUrl('').map((i) => partitionFile(i, 'all')));
    expect(filesFor('?view=report')).toEqual(forUrl('?view=report').filter((i) => core.catalog.find((c) => c.indicator === i)!.breakdowns.includes('all')).map((i) => partitionFile(i, 'all')));
  });

  it('fetches every breakdown for the views that read them all, each file once', () => {
    const files = filesFor('?view=benchmark');
    const breakdowns = core.catalog.filter((c) => indicatorsForView(decodeSpec('?view=benchmark'), core).includes(c.indicator)).reduce((n, c) => n + c.breakdowns.length, 0);
    expect(files).toHaveLength(breakdowns);
    expect(new Set(files).size).toBe(files.length);
  });

  it('names an imported dataset or an older version by its one file', () => {
    const withFile = { catalog: [{ ...core.catalog.find((c) => c.indicator === 'ledige')!, file: 'idb:abc:ledige' }] };
    expect(indicatorFiles(withFile, 'ledige', ['all'])).toEqual(['idb:abc:ledige']);
    expect(indicatorFiles(withFile, 'mangler')).toEqual([]);
  });

  it('gives breakdowns that fold alike their own files, in a name a URL can hold', () => {
    const names = ['A-dagpenge', 'a dagpenge', 'a-dagpenge', 'Ærø/Samsø 1', ''];
    const files = names.map((b) => partitionFile('ledige', b));
    expect(new Set(files).size).toBe(names.length);
    for (const f of files) expect(f).toMatch(/^obs\/ledige\/[a-z0-9-]+-[0-9a-f]{8}\.bin$/);
  });
});
