// The stack floor of `npm run bench`: the least a page built with the same stack (Vite, React,
// Recharts, the bundle's wire format) does to show the app's first chart: fetch the one
// partition, read it, draw the same series. The app's first chart is measured against it, so
// the bench says what the app adds on top of what the stack costs.
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { ObservationTable } from '../../src/data/table.ts';
import { decodeTable } from '../../src/data/wire.ts';

const query = new URLSearchParams(location.search);
const file = query.get('file') ?? '';
const breakdown = query.get('brk') ?? 'all';
const areas = (query.get('areas') ?? '').split('~').filter(Boolean);

const table = ObservationTable.of(decodeTable(await (await fetch(file)).arrayBuffer(), file));
const byPeriod = new Map<string, Record<string, number | string | null>>();
for (const area of areas) {
  for (const o of table.series(area, breakdown)) {
    const row = byPeriod.get(o.period) ?? { period: o.period };
    row[area] = o.value;
    byPeriod.set(o.period, row);
  }
}
createRoot(document.getElementById('root')!).render(
  <LineChart width={960} height={420} data={[...byPeriod.values()]}>
    <CartesianGrid vertical={false} />
    <XAxis dataKey="period" />
    <YAxis />
    {areas.map((area) => (
      <Line key={area} dataKey={area} dot={false} isAnimationActive={false} />
    ))}
  </LineChart>,
);
