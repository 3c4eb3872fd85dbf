// The shared texts in English. Its type is the Danish texts', so a missing key is a compile error.
import type { Texts } from './texts.ts';
import { commonEn } from './texts/common.en.ts';
import { shareEn } from './texts/share.en.ts';
import { sourcesEn } from './texts/sources.en.ts';
import { forecastEn } from './texts/forecast.en.ts';

export const en: Texts = { ...commonEn, ...shareEn, ...sourcesEn, ...forecastEn };
