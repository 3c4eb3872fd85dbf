import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/contract.ts';
import { sanityErrors } from '../../src/data/sanity.ts';

const dataset = {
  indicators: [
    { indicator: 'andel', label_da: 'A', label_en: 'A', unit: 'pct' as const, description_da: 'a', lower_is_better: '', share_of: '' },
    { indicator: 'plads', label_da: 'P', label_en: 'P', unit: 'rank' as const, description_da: 'p', lower_is_better: '', share_of: '' },
  ],
  sources: [
    { source_id: 'tabel', municipality_code: '000', body: 'DST', meeting_date: '', title: 't', document: '', url: '', publisher: '', retrieved: '', usual_delay_days: '' },
    { source_id: 'møde', municipality_code: '163', body: 'Udvalg', meeting_date: '2022-01-01', title: 'm', document: '', url: '', publisher: '', retrieved: '', usual_delay_days: '' },
  ],
};
const o = (indicator: string, period: string, value: number | null, source_id = 'tabel', row = 2): Observation & { file: string; row: number } => ({
  area: '163', indicator, breakdown: 'all', period, value, unit: indicator === 'andel' ? 'pct' : 'rank', kind: 'actual', source_id, item: '', quote: '', file: 'f.csv', row,
});

describe('sanityErrors', () => {
  it('accepts plausible data, with missing values and sparse figures from minutes', () => {
    expect(sanityErrors(dataset, [o('andel', '2022-01', 3), o('andel', '2022-02', null), o('andel', '2022-03', 100), o('plads', '2020', 98, 'møde'), o('plads', '2023-05', 1, 'møde')])).toEqual([]);
  });
  it('reports out-of-range shares and ranks, duplicates and holes by file and row', () => {
    const errors = sanityErrors(dataset, [o('andel', '2022-01', -1, 'tabel', 2), o('andel', '2022-03', 5, 'tabel', 3), o('plads', '2022', 99, 'møde', 4), o('plads', '2022', 2.5, 'møde', 5)]);
    // In the order of the rows, as the files are read.
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:value', '3:period', '4:value', '5:value', '5:period']);
    expect(errors[1]?.message).toContain('springer fra 2022-01 til 2022-03');
  });
});
