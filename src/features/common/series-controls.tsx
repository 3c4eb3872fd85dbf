import { USER_FILE_PREFIX } from '../../import/merge.ts';
import { memo, useId, type ReactNode } from 'react';
import type { CoreBundle } from '../../data/bundle.ts';
import type { Mode, ViewSpec } from '../../view/view-spec.ts';
import type { ModeOption } from '../../model/modes.ts';
import { AreaPicker } from './area-picker.tsx';
import type { LoadedCore } from './queries.ts';
import { SimilarConditionsButton } from './similar-conditions-button.tsx';
import { ControlsPanel } from './controls-panel.tsx';
import { IndicatorSelect } from './indicator-select.tsx';
import { breakdownLabel } from '../../model/breakdown.ts';
import type { Locale } from '../../i18n/locale.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/** 'all' where the indicator has it, otherwise its first breakdown, so a new indicator never opens empty. */
function firstBreakdown(core: CoreBundle, indicator: string): string {
  return core.catalog.find((c) => c.indicator === indicator)?.breakdowns[0] ?? 'all';
}

/** Areas, indicator and breakdown: the choices every chart view starts from. */
export function SeriesControls({
  core,
  spec,
  setSpec,
  onIndicatorReset,
  breakdown,
  choices,
  offerSimilar = false,
  breakdownDisabled,
  children,
}: {
  core: LoadedCore;
  spec: ViewSpec;
  setSpec: (patch: Partial<ViewSpec>) => void;
  /** What else changes with the indicator (its periods differ; compare and map pick a measure for it). */
  onIndicatorReset: Partial<ViewSpec> | ((indicator: string) => Partial<ViewSpec>);
  /** The breakdown the view shows, when the spec's is not one the indicator has. */
  breakdown?: string;
  /** The current choice in a line, shown in place of the controls on a phone. */
  choices: string;
  /** Offer "similar conditions as …" (the benchmark's nearest expected shares) for the first chosen municipality. */
  offerSimilar?: boolean;
  /** Why the breakdown menu would change nothing (every breakdown is drawn); it is then disabled with this reason. */
  breakdownDisabled?: string;
  children?: ReactNode;
}) {
  const locale = useLocale();
  const t = locale.t;
  const entry = core.catalog.find((c) => c.indicator === spec.indicator);
  return (
    <ControlsPanel choices={choices}>
      <AreaPicker core={core} selected={spec.areas} onChange={(areas) => setSpec({ areas })} />
      {entry?.file?.startsWith(USER_FILE_PREFIX) && entry.areas.some((a) => !spec.areas.includes(a)) && (
        <button type="button" className="link-button show-all-areas" onClick={() => setSpec({ areas: [...new Set([...spec.areas, ...entry.areas])] })}>
          {t.showAllAreasInFile(entry.areas.length)}
        </button>
      )}
      {offerSimilar && <SimilarConditionsButton core={core} areas={spec.areas} onChange={(areas) => setSpec({ areas })} />}
      <IndicatorSelect core={core} value={spec.indicator} onChange={(indicator) => setSpec({ ...(typeof onIndicatorReset === 'function' ? onIndicatorReset(indicator) : onIndicatorReset), indicator, breakdown: firstBreakdown(core, indicator) })} />
      {entry && entry.breakdowns.length > 1 && (
        <label className="control">
          <span className="control-label">{t.breakdown}</span>
          <select value={breakdown ?? spec.breakdown} disabled={!!breakdownDisabled} title={breakdownDisabled} onChange={(e) => setSpec({ breakdown: e.target.value })}>
            <BreakdownOptions core={core} indicator={spec.indicator} breakdowns={entry.breakdowns} locale={locale} />
          </select>
          {breakdownDisabled && <span className="hint">{breakdownDisabled}</span>}
        </label>
      )}
      {children}
    </ControlsPanel>
  );
}

/** Loading and failure in the chart's own space, so the page does not jump. */
export function ChartStatus({ pending, error }: { pending: boolean; error: Error | null }) {
  const { t } = useLocale();
  if (pending) {
    return (
      <div className="chart-placeholder" role="status">
        {t.loading}
      </div>
    );
  }
  return (
    <div className="chart-placeholder error" role="alert">
      {t.loadFailed}: {error?.message}
    </div>
  );
}

/** Counts compared across municipalities: as the source gives them, or per 1.000 inhabitants; a measure that cannot be had is disabled with its reason. */
export function MeasureChoice({ measures, value, onChange }: { measures: readonly ModeOption[]; value: Mode; onChange: (mode: Mode) => void }) {
  const { t } = useLocale();
  const name = useId();
  return (
    <fieldset className="control mode">
      <legend className="control-label">{t.mode}</legend>
      {measures.map((o) => (
        <label key={o.mode} className={o.available ? 'radio' : 'radio disabled'} title={o.available ? undefined : o.reason}>
          <input type="radio" name={name} value={o.mode} checked={value === o.mode} disabled={!o.available} onChange={() => onChange(o.mode)} />
          {t.modes[o.mode]}
        </label>
      ))}
      {[...new Set(measures.filter((o) => !o.available).map((o) => o.reason))].map((reason) => (
        <p key={reason} className="hint">
          {reason}
        </p>
      ))}
    </fieldset>
  );
}

/**
 * The breakdown menu's options, drawn again only when the indicator or the language changes: an
 * indicator can have hundreds of breakdowns, and a change of areas or period leaves them as they are.
 */
const BreakdownOptions = memo(function BreakdownOptions({ core, indicator, breakdowns, locale }: { core: LoadedCore; indicator: string; breakdowns: readonly string[]; locale: Locale }) {
  return breakdowns.map((b) => (
    <option key={b} value={b}>
      {breakdownLabel(core, indicator, b, locale)}
    </option>
  ));
});
