import { useLayoutEffect, type ReactNode } from 'react';
import { create } from 'zustand';
import type { LoadedCore } from '../features/common/queries.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { checkLinkAreas, checkLinkSecond } from '../view/link-check.ts';
import { useSetSpec, useSpec } from '../view/store.ts';

interface DroppedAreas {
  notice: { unknown: string[]; cut: number; second: string | null } | null;
  set: (notice: DroppedAreas['notice']) => void;
}

/** What the last corrected link lost, until the reader closes the notice. */
const useDroppedAreas = create<DroppedAreas>((set) => ({ notice: null, set: (notice) => set({ notice }) }));

/**
 * Drops the areas a link names that the data does not have before any view works on them, and
 * says which were dropped; the address is corrected in place, so a copied link is clean.
 */
export function LinkCheck({ core, children }: { core: LoadedCore; children: ReactNode }) {
  const spec = useSpec();
  const setSpec = useSetSpec();
  const { notice, set: setNotice } = useDroppedAreas();
  const check = checkLinkAreas(spec, core);
  // A second indicator the data lacks would be waited for forever: it is dropped and named like an area.
  const second = checkLinkSecond(spec, core);
  const clean = check.unknown.length === 0 && check.cut === 0 && second === null;
  useLayoutEffect(() => {
    if (clean) return;
    setNotice({ unknown: check.unknown, cut: check.cut, second });
    setSpec({ areas: check.areas, peers: check.peers, ...(second === null ? {} : { indicator2: null }) }, { replace: true });
  });
  const t = useLocale().t;
  if (!clean) return null;
  return (
    <>
      {notice && (
        <div className="banner" role="status">
          <p>{[t.linkAreasDropped(notice.unknown, notice.cut), notice.second === null ? '' : t.linkSecondDropped(notice.second)].filter(Boolean).join(' ')}</p>
          <button type="button" onClick={() => setNotice(null)}>
            {t.close}
          </button>
        </div>
      )}
      {children}
    </>
  );
}

/** A link to an indicator this data lacks: say so, say why that happens, and offer the nearest. */
export function UnknownIndicator({ core, nearest }: { core: LoadedCore; nearest: string[] }) {
  const spec = useSpec();
  const setSpec = useSetSpec();
  const locale = useLocale();
  const t = locale.t;
  const label = (id: string) => {
    const indicator = core.indicators.find((i) => i.indicator === id);
    return indicator ? locale.indicatorLabel(indicator) : id;
  };
  return (
    <section className="chart-card unknown-indicator" role="alert" aria-labelledby="unknown-indicator-title">
      <h2 id="unknown-indicator-title" className="chart-title">
        {t.unknownIndicatorTitle}
      </h2>
      <p>{t.unknownIndicatorBody(spec.indicator)}</p>
      <p>{t.unknownIndicatorNearest}</p>
      <ul className="plain-list">
        {nearest.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => setSpec({ indicator: id, breakdown: 'all', at: null, hidden: [] })}>
              {label(id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
