import { useLocale } from '../../i18n/use-locale.ts';
import type { ForecastUnavailable } from './forecast-request.ts';

/** The forecast's switch, disabled with its reason where a forecast would mean nothing, and its progress. */
export function ForecastToggle({ on, unavailable, status, onChange }: { on: boolean; unavailable: ForecastUnavailable; status: { isFetching: boolean; error: Error | null }; onChange: (on: boolean) => void }) {
  const t = useLocale().t;
  return (
    <div className="control forecast-toggle">
      <label className={unavailable ? 'checkbox disabled' : 'checkbox'} title={unavailable ? t.forecastUnavailable[unavailable] : undefined}>
        <input type="checkbox" checked={on && !unavailable} disabled={unavailable !== null} onChange={(e) => onChange(e.target.checked)} />
        {t.forecastToggle}
      </label>
      {unavailable && <p className="hint">{t.forecastUnavailable[unavailable]}</p>}
      {on && !unavailable && status.isFetching && (
        <p className="hint" role="status">
          {t.forecastLoading}
        </p>
      )}
      {on && !unavailable && status.error && (
        <p className="error" role="alert">
          {t.forecastFailed(status.error.message)}
        </p>
      )}
    </div>
  );
}
