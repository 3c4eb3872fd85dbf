import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BENCHMARK, expectedSharesAt, similarConditions } from '../../data/benchmark.ts';
import { NATIONAL } from '../../data/national.ts';
import { areaNamesFor } from '../../i18n/locale.ts';
import type { LoadedCore } from './queries.ts';
import { observationsQuery, observationUrl } from './queries.ts';
import { ObservationTable } from '../../data/table.ts';
import { indicatorFiles } from '../../view/view-data.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * One click from the first chosen municipality to it and the five with the nearest expected share on STAR's
 * benchmark list, i.e. similar framework conditions. The benchmark file is fetched on the click,
 * so views that never use it do not pay for it.
 */
export function SimilarConditionsButton({ core, areas, onChange }: { core: LoadedCore; areas: string[]; onChange: (areas: string[]) => void }) {
  const locale = useLocale();
  const b = locale.t.benchmark;
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const entry = core.catalog.find((c) => c.indicator === BENCHMARK.share);
  const municipalities = areas.filter((a) => a !== NATIONAL && core.municipalities.some((m) => m.code === a));
  if (!entry || municipalities.length === 0) return null;
  const code = municipalities[0]!;
  const names = areaNamesFor(core, locale);
  const name = names.get(code) ?? code;
  const add = async () => {
    try {
      const files = indicatorFiles(core, BENCHMARK.share, ['all']);
      const share = ObservationTable.combine(await Promise.all(files.map((f) => client.fetchQuery(observationsQuery(observationUrl(core, f))))));
      const period = share.periods('all').at(-1);
      const similar = period ? similarConditions(expectedSharesAt(share, core.municipalities.map((m) => m.code), 'all', period), code) : [];
      if (!period || similar.length === 0) {
        setStatus(`${b.noArea} ${name}.`);
        return;
      }
      onChange([...areas, ...similar.filter((s) => !areas.includes(s))]);
      setStatus(b.similarAdded(similar.map((s) => names.get(s) ?? s), locale.period(period, true)));
    } catch (e) {
      setStatus(`${locale.t.loadFailed}: ${(e as Error).message}`);
    }
  };
  return (
    <div className="control similar-button">
      <button type="button" className="link-button" title={b.similarButtonHint} onClick={() => void add()}>
        + {b.similarButton(name)}
      </button>
      <span className="hint" role="status">
        {status}
      </span>
    </div>
  );
}
