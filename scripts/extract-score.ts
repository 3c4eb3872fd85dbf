// Scores the extractor's proposals against a hand-written list of the figures a minutes file
// holds (test/fixtures/minutes/*/<name>.expected.csv). Strictly, a figure counts only as the right
// record (observation, grant, grant line) with the right value, unit, period, kind, breakdown,
// area and indicator ("ukendt" when the catalogue has none; "a|b" when either is right). An empty
// expected field is not checked. Loosely, value, unit and period are enough.
import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Municipality } from '../src/data/contract.ts';
import { extractMinutes, type Extraction } from '../src/extract/extract.ts';
import type { IndicatorCatalogue } from '../src/extract/indicator-terms.ts';

export interface ExpectedFigure {
  record: string;
  value: number;
  unit: string;
  period: string;
  kind: string;
  breakdown: string;
  area: string;
  indicator: string;
}

export interface Score {
  expected: number;
  found: number;
  proposed: number;
  correct: number;
  recall: number;
  precision: number;
  /** Recall and precision when only value, unit and period must match. */
  looseRecall: number;
  loosePrecision: number;
  missed: ExpectedFigure[];
  wrong: ExpectedFigure[];
}

/** Persons, full-time persons and counts are one class: the unit is the person's to correct. */
const unitClass = (unit: string) => (unit === 'persons' || unit === 'fte' || unit === 'count' ? 'antal' : unit);

export function parseExpected(csv: string): ExpectedFigure[] {
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  return rows.map((r) => ({
    record: r.record ?? '',
    value: Number(r.value),
    unit: r.unit ?? '',
    period: r.period ?? '',
    kind: r.kind ?? '',
    breakdown: r.breakdown ?? '',
    area: r.area ?? '',
    indicator: r.indicator ?? '',
  }));
}

function proposals(ex: Extraction): ExpectedFigure[] {
  return [
    ...ex.observations.map((o) => ({ record: 'observation', value: o.value ?? Number.NaN, unit: unitClass(o.unit), period: o.period, kind: o.kind, breakdown: o.breakdown, area: o.area, indicator: o.indicator || 'ukendt' })),
    ...ex.grants.map((g) => ({ record: 'grant', value: g.amount_dkk, unit: 'dkk', period: g.period_start, kind: '', breakdown: '', area: g.municipality_code, indicator: '' })),
    ...ex.grant_lines.map((l) => ({ record: 'grant_line', value: l.amount_dkk, unit: 'dkk', period: '', kind: '', breakdown: '', area: '', indicator: '' })),
  ];
}

const same = (want: string, got: string) => want === '' || want.toLowerCase() === got.toLowerCase();
const oneOf = (want: string, got: string) => want === '' || want.split('|').includes(got);

function strictMatch(want: ExpectedFigure, got: ExpectedFigure): boolean {
  return (
    want.record === got.record &&
    Math.abs(want.value - got.value) < 1e-9 &&
    want.unit === got.unit &&
    same(want.period, got.period) &&
    same(want.kind, got.kind) &&
    same(want.breakdown, got.breakdown) &&
    same(want.area, got.area) &&
    oneOf(want.indicator, got.indicator)
  );
}

const looseMatch = (want: ExpectedFigure, got: ExpectedFigure) => Math.abs(Math.abs(want.value) - Math.abs(got.value)) < 1e-9 && want.unit === got.unit && same(want.period, got.period);

export function scoreExtraction(ex: Extraction, expected: ExpectedFigure[]): Score {
  const got = proposals(ex);
  const missed = expected.filter((e) => !got.some((g) => strictMatch(e, g)));
  const wrong = got.filter((g) => !expected.some((e) => strictMatch(e, g)));
  const found = expected.length - missed.length;
  const correct = got.length - wrong.length;
  const ratio = (n: number, d: number) => (d ? n / d : 1);
  return {
    expected: expected.length,
    found,
    proposed: got.length,
    correct,
    recall: ratio(found, expected.length),
    precision: ratio(correct, got.length),
    looseRecall: ratio(expected.filter((e) => got.some((g) => looseMatch(e, g))).length, expected.length),
    loosePrecision: ratio(got.filter((g) => expected.some((e) => looseMatch(e, g))).length, got.length),
    missed,
    wrong,
  };
}

/** The extractor's test set, every file scored: held-out files are kept apart from tuning files. */
export function scoreMinutesSet(setDir: string, municipalities: Municipality[], catalogue: IndicatorCatalogue): { group: string; file: string; score: Score }[] {
  return ['tuning', 'heldout'].flatMap((group) =>
    readdirSync(join(setDir, group))
      .filter((f) => f.endsWith('.txt'))
      .map((file) => {
        const ex = extractMinutes(readFileSync(join(setDir, group, file), 'utf8'), municipalities, { fileName: file, catalogue });
        return { group, file, score: scoreExtraction(ex, parseExpected(readFileSync(join(setDir, group, file.replace(/\.txt$/, '.expected.csv')), 'utf8'))) };
      }),
  );
}
