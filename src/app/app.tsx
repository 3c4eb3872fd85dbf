import { useState } from 'react';
import type { CoreBundle } from '../data/bundle';
import { formatDataError } from '../data/errors';
import { texts } from '../i18n/texts';
import { useCore } from '../features/common/use-core';
import { TrendView } from '../features/trend/trend-view';
import { useSetSpec, useSpec } from '../view/store';
import { VIEWS, type View } from '../view/view-spec';

export function App() {
  const t = texts();
  const core = useCore();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Spring til indhold
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t.appName}</span>
          <span className="brand-tagline">{t.tagline}</span>
        </div>
        <ViewNav />
      </header>
      <main id="main" className="app-main">
        {core.isPending ? (
          <div className="page-status" role="status">
            {t.loading}
          </div>
        ) : core.isError ? (
          <div className="page-status error" role="alert">
            <p>
              {t.loadFailed}: {core.error.message}
            </p>
            <button type="button" onClick={() => void core.refetch()}>
              {t.retry}
            </button>
          </div>
        ) : (
          <>
            <DataErrors core={core.data} />
            <CurrentView core={core.data} />
          </>
        )}
      </main>
      <footer className="app-footer">{t.footer}</footer>
    </div>
  );
}

function ViewNav() {
  const t = texts();
  const spec = useSpec();
  const setSpec = useSetSpec();
  return (
    <nav aria-label={t.nav}>
      <ul className="tabs">
        {VIEWS.map((v: View) => (
          <li key={v}>
            <button type="button" className="tab" aria-current={spec.view === v ? 'page' : undefined} onClick={() => setSpec({ view: v })}>
              {t.views[v]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CurrentView({ core }: { core: CoreBundle }) {
  const spec = useSpec();
  switch (spec.view) {
    case 'trend':
      return <TrendView core={core} />;
    default:
      return (
        <div className="view">
          <h1>{texts().views[spec.view]}</h1>
          <p>{texts().comingSoon}</p>
        </div>
      );
  }
}

/** Rows that failed validation at build time: named by file, row and column; the rest still shows. */
function DataErrors({ core }: { core: CoreBundle }) {
  const t = texts();
  const [expanded, setExpanded] = useState(false);
  if (core.errors.length === 0) return null;
  const shown = expanded ? core.errors : core.errors.slice(0, 5);
  return (
    <section className="banner warning" role="alert" aria-label={t.dataErrorsTitle(core.errors.length)}>
      <strong>{t.dataErrorsTitle(core.errors.length)}</strong>
      <p>{t.dataErrorsBody}</p>
      <ul className="data-errors">
        {shown.map((e, i) => (
          <li key={i}>{formatDataError(e)}</li>
        ))}
      </ul>
      {core.errors.length > shown.length && (
        <button type="button" onClick={() => setExpanded(true)}>
          {t.showAll}
        </button>
      )}
    </section>
  );
}
