// The stack floor of `npm run bench`: the least a page built with the same stack (Vite, React,
// Recharts, the bundle's wire format) does to show the app's first chart: fetch the one
// partition, read it, draw the same series. The app's first chart is measured against it, so
// the bench says what the app adds on top of what the stack costs. Back and forward redraw it
// with the link's areas and period range, so a filter change is measured against it too.
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { ObservationTable } from '../../src/data/table.ts';
import { decodeTable } from '../../src/data/wire.ts';

const first = new URLSearchParams(location.search);
const file = first.get('file') ?? '';
const breakdown = first.get('brk') ?? 'all';
const table = ObservationTable.of(decodeTable(await (await fetch(file)).arrayBuffer(), file));

function rowsFor(search: string) {
  const query = new URLSearchParams(search);
  const areas = (query.get('areas') ?? '').split('~').filter(Boolean);
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '9999';
  const byPeriod = new Map<string, Record<string, number | string | null>>();
  for (const area of areas) {
    for (const o of table.series(area, breakdown)) {
      if (o.period < from || o.period > to) continue;
      const row = byPeriod.get(o.period) ?? { period: o.period };
      row[area] = o.value;
      byPeriod.set(o.period, row);
    }
  }
  return { areas, rows: [...byPeriod.values()].sort((a, b) => String(a.period).localeCompare(String(b.period))) };
}

const subscribe = (changed: () => void) => {
  addEventListener('popstate', changed);
  return () => removeEventListener('popstate', changed);
};

function Floor() {
  const search = useSyncExternalStore(subscribe, () => location.search);
  const { areas, rows } = rowsFor(search);
  return (
    <LineChart width={960} height={420} data={rows}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="period" />
      <YAxis />
      {areas.map((area) => (
        <Line key={area} dataKey={area} dot={false} isAnimationActive={false} />
      ))}
    </LineChart>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
