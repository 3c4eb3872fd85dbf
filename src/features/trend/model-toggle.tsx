import type { ForecastUnavailable } from './forecast-available.ts';

/** A model's switch (forecast, seasonal adjustment), disabled with its reason where the model would mean nothing, and its progress. */
export function ModelToggle(props: {
  /** Its class: forecast-toggle or seasonal-toggle. */
  name: string;
  on: boolean;
  unavailable: ForecastUnavailable;
  status: { isFetching: boolean; error: Error | null };
  texts: { toggle: string; loading: string; failed: (detail: string) => string; unavailable: Record<Exclude<ForecastUnavailable, null>, string> };
  onChange: (on: boolean) => void;
}) {
  const { on, unavailable, status, texts } = props;
  return (
    <div className={`control model-toggle ${props.name}`}>
      <label className={unavailable ? 'checkbox disabled' : 'checkbox'} title={unavailable ? texts.unavailable[unavailable] : undefined}>
        <input type="checkbox" checked={on && !unavailable} disabled={unavailable !== null} onChange={(e) => props.onChange(e.target.checked)} />
        {texts.toggle}
      </label>
      {unavailable && <p className="hint">{texts.unavailable[unavailable]}</p>}
      {on && !unavailable && status.isFetching && (
        <p className="hint" role="status">
          {texts.loading}
        </p>
      )}
      {on && !unavailable && status.error && (
        <p className="error" role="alert">
          {texts.failed(status.error.message)}
        </p>
      )}
    </div>
  );
}
