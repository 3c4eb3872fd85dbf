// Scores the extractor's proposals against a hand-written list of the figures a minutes file
// holds (test/fixtures/minutes/*/<name>.expected.csv). An empty expected field is not checked.
import Papa from 'papaparse';
import type { Extraction } from '../../src/extract/extract.ts';

export interface ExpectedFigure {
  value: number;
  unit: string;
  period: string;
  kind: string;
  breakdown: string;
  area: string;
}

export interface Score {
  expected: number;
  found: number;
  proposed: number;
  correct: number;
  recall: number;
  precision: number;
  missed: ExpectedFigure[];
  wrong: ExpectedFigure[];
}

/** Persons, full-time persons and counts are one class: the unit is the person's to correct. */
const unitClass = (unit: string) => (unit === 'persons' || unit === 'fte' || unit === 'count' ? 'antal' : unit);

export function parseExpected(csv: string): ExpectedFigure[] {
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  return rows.map((r) => ({ value: Number(r.value), unit: r.unit ?? '', period: r.period ?? '', kind: r.kind ?? '', breakdown: r.breakdown ?? '', area: r.area ?? '' }));
}

function proposals(ex: Extraction): ExpectedFigure[] {
  return [
    ...ex.observations.map((o) => ({ value: o.value ?? Number.NaN, unit: unitClass(o.unit), period: o.period, kind: o.kind, breakdown: o.breakdown, area: o.area })),
    ...ex.grant_lines.map((l) => ({ value: l.amount_dkk, unit: 'dkk', period: '', kind: '', breakdown: '', area: '' })),
  ];
}

const same = (want: string, got: string) => want === '' || want.toLowerCase() === got.toLowerCase();

function matches(want: ExpectedFigure, got: ExpectedFigure): boolean {
  return Math.abs(want.value - got.value) < 1e-9 && want.unit === got.unit && same(want.period, got.period) && same(want.kind, got.kind) && same(want.breakdown, got.breakdown) && same(want.area, got.area);
}

export function scoreExtraction(ex: Extraction, expected: ExpectedFigure[]): Score {
  const got = proposals(ex);
  const missed = expected.filter((e) => !got.some((g) => matches(e, g)));
  const wrong = got.filter((g) => !expected.some((e) => matches(e, g)));
  const found = expected.length - missed.length;
  const correct = got.length - wrong.length;
  return { expected: expected.length, found, proposed: got.length, correct, recall: expected.length ? found / expected.length : 1, precision: got.length ? correct / got.length : 1, missed, wrong };
}
