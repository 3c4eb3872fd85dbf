// What every view model is made from: the catalogue, the indicator's table, the population for
// figures per 1.000, the spec and the language.
import type { CoreBundle } from '../data/bundle.ts';
import type { ObservationTable } from '../data/table.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ViewSpec } from '../view/view-spec.ts';

export interface ViewInput {
  core: Pick<CoreBundle, 'municipalities' | 'groups' | 'indicators' | 'catalog' | 'sources' | 'breakdownLabels'>;
  observations: ObservationTable;
  /** The population table, loaded for count indicators so per 1.000 can be offered. */
  population: ObservationTable | undefined;
  spec: ViewSpec;
  locale: Locale;
  /** Today (YYYY-MM-DD): series whose publisher should have newer figures by then are marked. */
  today?: string;
}
