import { useLayoutEffect, useState, type ReactNode } from 'react';
import { create } from 'zustand';
import type { LoadedCore } from '../features/common/queries.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { checkLinkAreas, checkLinkBreakdown, checkLinkSecond } from '../view/link-check.ts';
import { breakdownLabel } from '../model/breakdown.ts';
import { useSetSpec, useSpec } from '../view/store.ts';

interface DroppedAreas {
  notice: { unknown: string[]; cut: number; second: string | null; breakdown: { unknown: string; shown: string } | null } | null;
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
  // A breakdown is checked in the link the page opened with: one left over from another indicator
  // chosen in the controls is the view's own business, not the link's.
  const [opened] = useState(spec);
  const breakdown = spec === opened ? checkLinkBreakdown(spec, core) : null;
  const clean = check.unknown.length === 0 && check.cut === 0 && second === null && breakdown === null;
  useLayoutEffect(() => {
    if (clean) return;
    setNotice({ unknown: check.unknown, cut: check.cut, second, breakdown });
    setSpec({ areas: check.areas, peers: check.peers, ...(second === null ? {} : { indicator2: null }), ...(breakdown === null ? {} : { breakdown: breakdown.shown }) }, { replace: true });
  });
  const locale = useLocale();
  const t = locale.t;
  if (!clean) return null;
  return (
    <>
      {notice && (
        <div className="banner" role="status">
          <p>
            {[
              t.linkAreasDropped(notice.unknown, notice.cut),
              notice.second === null ? '' : t.linkSecondDropped(notice.second),
              notice.breakdown === null ? '' : t.linkBreakdownDropped(notice.breakdown.unknown, breakdownLabel(core, spec.indicator, notice.breakdown.shown, locale)),
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
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
