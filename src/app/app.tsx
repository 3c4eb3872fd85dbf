import { useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { LoadedCore } from '../features/common/queries.ts';
import { formatDataError } from '../data/errors.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { PageLoading } from '../features/common/page-loading.tsx';
import { loadTexts } from '../i18n/locale.ts';
import { useCore } from '../features/common/use-core.ts';
import { ViewErrorBoundary } from './view-error-boundary.tsx';
import { useSetSpec, useSpec } from '../view/store.ts';
import { encodeSpec } from '../view/url.ts';
import { pageUrl } from '../features/common/chart-actions.tsx';
import { useReportHeight } from './report-height.ts';
import { NOT_EMBEDDABLE, VIEWS, type View } from '../view/view-spec.ts';
import { checkLinkIndicator, checkLinkSecond } from '../view/link-check.ts';
import { LinkCheck, UnknownIndicator } from './link-check.tsx';
import { loadView, subscribeViewModules, viewModuleState } from './view-modules.ts';
import { pageTitle } from '../model/page-title.ts';
import { followInApp } from '../features/common/follow-in-app.ts';

export function App() {
  const t = useLocale().t;
  const spec = useSpec();
  if (spec.embed) return <EmbeddedApp />;
  return (
    <div className="app">
      <PageTitle />
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t.appName}</span>
          <span className="brand-tagline">{t.tagline}</span>
        </div>
        <ViewNav />
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main">
        <CoreGate>
          {(data) => (
            <>
              <PrintMeta core={data} />
              <DataErrors core={data} />
              <PinnedNotice core={data} />
              <CurrentView core={data} />
            </>
          )}
        </CoreGate>
      </main>
      <footer className="app-footer">{t.footer}</footer>
    </div>
  );
}

/** The browser tab names the view and its areas, so bookmarks and history entries say which page they are. */
function PageTitle() {
  const spec = useSpec();
  const core = useCore();
  const locale = useLocale();
  const title = pageTitle(spec, core.data ?? null, locale);
  useEffect(() => {
    document.title = title;
  }, [title]);
  // Screen readers and hyphenation read the page in the language shown.
  useEffect(() => {
    document.documentElement.lang = locale.lang;
  }, [locale.lang]);
  return null;
}

/** Loading and failure of the data, the same for the full app and the embed. */
function CoreGate({ children }: { children: (core: LoadedCore) => ReactNode }) {
  const t = useLocale().t;
  const core = useCore();
  const spec = useSpec();
  if (core.isError) {
    return (
      <div className="page-status error" role="alert">
        <p>
          {t.loadFailed}: {core.error?.message}
        </p>
        <button type="button" onClick={() => void core.refetch()}>
          {t.retry}
        </button>
      </div>
    );
  }
  if (!core.data) return <PageLoading />;
  // A link to an indicator this browser lacks may be waiting for the user's own imported data.
  if (!core.complete && (checkLinkIndicator(spec, core.data) || checkLinkSecond(spec, core.data))) return <PageLoading />;
  return <LinkCheck core={core.data}>{children(core.data)}</LinkCheck>;
}

/** The same views with less chrome, for an iframe on another site; reports its height to the host. */
function EmbeddedApp() {
  const t = useLocale().t;
  const spec = useSpec();
  useReportHeight();
  if (NOT_EMBEDDABLE.includes(spec.view)) {
    // A file input or the list of every source inside someone else's page is not ours to show: a link opens it here.
    return (
      <main className="app-main embed">
        <PageTitle />
        <p role="status">{t.notEmbeddable(t.views[spec.view])}</p>
        <a className="embed-link" href={pageUrl(encodeSpec({ ...spec, embed: false, controls: true }))} target="_blank" rel="noopener noreferrer">
          {t.openInApp}
        </a>
      </main>
    );
  }
  return (
    <main className="app-main embed">
      <PageTitle />
      <CoreGate>
        {(data) => (
          <>
            <PinnedNotice core={data} />
            <CurrentView core={data} />
            <a className="embed-link" href={pageUrl(encodeSpec({ ...spec, embed: false, controls: true }))} target="_blank" rel="noopener noreferrer">
              {t.openInApp}
            </a>
          </>
        )}
      </CoreGate>
    </main>
  );
}

function PinnedNotice({ core }: { core: LoadedCore }) {
  const spec = useSpec();
  const t = useLocale().t;
  if (!core.pinnedMissing || !spec.data) return null;
  return (
    <p className="banner" role="status">
      {t.pinnedMissing(spec.data)}
    </p>
  );
}

function LanguageSwitch() {
  const spec = useSpec();
  const setSpec = useSetSpec();
  const other = spec.lang === 'da' ? 'en' : 'da';
  return (
    <button type="button" className="language" lang={other} title={other === 'en' ? 'English' : 'Dansk'} onClick={() => void loadTexts(other).then(() => setSpec({ lang: other }))}>
      <span className="language-long">{other === 'en' ? 'English' : 'Dansk'}</span>
      <span className="language-short">{other.toUpperCase()}</span>
    </button>
  );
}

/** Tabs on a wide screen; on a phone one button that opens them as a menu. */
function ViewNav() {
  const t = useLocale().t;
  const id = useId();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <nav aria-label={t.nav} className={open ? 'view-nav open' : 'view-nav'}>
      <button type="button" className="menu-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        <span aria-hidden="true" className="menu-icon">
          ☰
        </span>
        <span className="visually-hidden">{t.menu}: </span>
        {/* The short name where a view has one, and an ellipsis rather than a cut word where even that is too long. */}
        <span className="menu-label">{t.viewsShort[spec.view] ?? t.views[spec.view]}</span>
      </button>
      <ul className="tabs" id={id}>
        {VIEWS.map((v: View) => (
          <li key={v}>
            <a
              className="tab"
              href={encodeSpec({ ...spec, view: v }) || '?'}
              aria-current={spec.view === v ? 'page' : undefined}
              onClick={(e) =>
                followInApp(e, () => {
                  setOpen(false);
                  setSpec({ view: v });
                })
              }
            >
              {t.viewsShort[v] ? (
                <>
                  <span className="tab-long">{t.views[v]}</span>
                  <span className="tab-short">{t.viewsShort[v]}</span>
                </>
              ) : (
                t.views[v]
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Printed at the top of every page: when the data was published and where the live view is. */
function PrintMeta({ core }: { core: LoadedCore }) {
  const spec = useSpec();
  const locale = useLocale();
  return (
    <p className="print-only print-meta">
      {locale.t.printMeta(locale.date(core.publishedOn))} <span className="print-link">{pageUrl(encodeSpec(spec))}</span>
    </p>
  );
}

function CurrentView({ core }: { core: LoadedCore }) {
  const spec = useSpec();
  const view = spec.view;
  const t = useLocale().t;
  const missing = checkLinkIndicator(spec, core);
  if (missing) return <UnknownIndicator core={core} nearest={missing.nearest} />;
  return (
    <ViewErrorBoundary key={view} viewName={t.views[view]}>
      <ViewModule view={view} core={core} />
    </ViewErrorBoundary>
  );
}

/**
 * The view once its code is in. Not React's lazy(): a revealed Suspense boundary may wait up to
 * 300 ms to batch reveals, and the first chart would wait with it.
 */
function ViewModule({ view, core }: { view: View; core: LoadedCore }) {
  // Mounted again by the error boundary's "Prøv igen": code that failed to load is asked for anew.
  useState(() => viewModuleState(view)?.error && void loadView(view).catch(() => undefined));
  useEffect(() => void loadView(view).catch(() => undefined), [view]);
  const state = useSyncExternalStore(subscribeViewModules, () => viewModuleState(view));
  if (state?.error) throw state.error;
  const Component = state?.component;
  return Component ? <Component core={core} /> : <PageLoading />;
}

/** Rows that failed validation at build time: named by file, row and column; the rest still shows. */
function DataErrors({ core }: { core: LoadedCore }) {
  const t = useLocale().t;
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
