// The extractor's own test set: minutes we wrote in the style of real ones, each with the list
// of figures a careful reader would take from it. "tuning" files may be looked at when changing
// the extractor; "heldout" files are only scored, so their numbers say how it does on new minutes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../scripts/data-dir.ts';
import { extractMinutes } from '../../src/extract/extract.ts';
import { compileCatalogue } from '../../src/extract/indicator-terms.ts';
import { parseExpected, scoreExtraction } from '../../scripts/extract-score.ts';

const { dataset } = loadDataDir('data');
const catalogue = compileCatalogue(dataset.indicators, dataset.breakdownLabels);
const SET = 'test/fixtures/minutes';
const pct = (x: number) => `${Math.round(x * 100)} %`;
/**
 * Strict scores (record, value, unit, period, kind, breakdown, area and indicator all right) each
 * group must keep; the held-out files reached 96 % recall and 99 % precision when last scored.
 */
const FLOOR = { tuning: { recall: 0.95, precision: 0.95 }, heldout: { recall: 0.9, precision: 0.95 } };
/** No single file may fall below this, so a good total cannot hide one set of minutes read badly. */
const FILE_FLOOR = { recall: 0.8, precision: 0.9 };

for (const group of ['tuning', 'heldout'] as const) {
  describe(`extraction test set: ${group}`, () => {
    const files = readdirSync(join(SET, group)).filter((f) => f.endsWith('.txt'));
    let expected = 0;
    let found = 0;
    let proposed = 0;
    let correct = 0;
    for (const file of files) {
      it(`scores ${file}`, () => {
        const ex = extractMinutes(readFileSync(join(SET, group, file), 'utf8'), dataset.municipalities, { fileName: file, catalogue });
        const score = scoreExtraction(ex, parseExpected(readFileSync(join(SET, group, file.replace(/\.txt$/, '.expected.csv')), 'utf8')));
        expected += score.expected;
        found += score.found;
        proposed += score.proposed;
        correct += score.correct;
        console.log(`${group}/${file}: strict recall ${score.found}/${score.expected} (${pct(score.recall)}), strict precision ${score.correct}/${score.proposed} (${pct(score.precision)}); loose ${pct(score.looseRecall)} / ${pct(score.loosePrecision)}`);
        if (process.env.EXTRACT_DETAIL) console.log(JSON.stringify({ missed: score.missed, wrong: score.wrong }, null, 1));
        expect(score.expected).toBeGreaterThan(0);
        expect(score.recall, `${file}: recall`).toBeGreaterThanOrEqual(FILE_FLOOR.recall);
        expect(score.precision, `${file}: precision`).toBeGreaterThanOrEqual(FILE_FLOOR.precision);
      });
    }
    it(`${group} in all`, () => {
      console.log(`${group} in all: strict recall ${found}/${expected} (${pct(found / expected)}), strict precision ${correct}/${proposed} (${pct(correct / proposed)})`);
      expect(found / expected).toBeGreaterThanOrEqual(FLOOR[group].recall);
      expect(correct / proposed).toBeGreaterThanOrEqual(FLOOR[group].precision);
    });
  });
}
