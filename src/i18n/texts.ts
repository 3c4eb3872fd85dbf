// Every text the UI shows, Danish first and English beside it, one file per feature in texts/.
// The English has the Danish texts' type, so a missing key is a compile error.
import { commonDa, commonEn } from './texts/common.ts';
import { shareDa, shareEn } from './texts/share.ts';
import { reportDa, reportEn } from './texts/report.ts';
import { overviewDa, overviewEn } from './texts/overview.ts';
import { mapDa, mapEn } from './texts/map.ts';
import { sourcesDa, sourcesEn } from './texts/sources.ts';
import { grantsDa, grantsEn } from './texts/grants.ts';
import { extractDa, extractEn } from './texts/extract.ts';
import { importDa, importEn } from './texts/import.ts';
import { forecastDa, forecastEn } from './texts/forecast.ts';

export const da = { ...commonDa, ...shareDa, ...reportDa, ...overviewDa, ...mapDa, ...sourcesDa, ...grantsDa, ...extractDa, ...importDa, ...forecastDa };

export type Texts = typeof da;

export const en: Texts = { ...commonEn, ...shareEn, ...reportEn, ...overviewEn, ...mapEn, ...sourcesEn, ...grantsEn, ...extractEn, ...importEn, ...forecastEn };
