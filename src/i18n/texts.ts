// The texts every view shares, Danish first, one file per part in texts/; the English is in
// texts-en.ts, a chunk of its own that a Danish page never fetches. A feature's own texts
// (texts/report.ts, texts/import.ts, …) are read through its `…Texts(lang)` and load with its code.
import { commonDa } from './texts/common.ts';
import { shareDa } from './texts/share.ts';
import { sourcesDa } from './texts/sources.ts';
import { forecastDa } from './texts/forecast.ts';

export const da = { ...commonDa, ...shareDa, ...sourcesDa, ...forecastDa };

export type Texts = typeof da;
