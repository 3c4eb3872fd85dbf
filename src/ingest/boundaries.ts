// Converts the DAGI municipality boundaries (TopoJSON, one Polygon per island) into one
// MultiPolygon per municipality keyed by its 3-digit code. Christiansø is not a municipality.
import { IngestError } from './official-series.ts';

interface TopoPolygon {
  type: 'Polygon' | 'MultiPolygon';
  arcs: number[][] | number[][][];
  properties?: { KOMKODE?: string };
}

interface Topology {
  type: 'Topology';
  transform?: unknown;
  arcs: unknown[];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoPolygon[] }>;
}

export function convertBoundaries(json: unknown, municipalityCodes: Set<string>): unknown {
  const topo = json as Topology;
  if (topo?.type !== 'Topology' || !topo.objects) throw new IngestError('kommuner.topojson er ikke TopoJSON.');
  const collection = Object.values(topo.objects)[0];
  if (!collection) throw new IngestError('kommuner.topojson har ingen objekter.');
  const polygons = new Map<string, number[][][]>();
  for (const g of collection.geometries) {
    const code4 = g.properties?.KOMKODE ?? '';
    const code = code4.replace(/^0/, '');
    if (code4 === '0411') continue;
    if (!municipalityCodes.has(code)) throw new IngestError(`kommuner.topojson: kommunekoden ${code4} findes ikke i municipalities.csv.`);
    const list = polygons.get(code) ?? [];
    if (g.type === 'Polygon') list.push(g.arcs as number[][]);
    else list.push(...(g.arcs as number[][][]));
    polygons.set(code, list);
  }
  const geometries = [...polygons.keys()].sort().map((code) => ({ type: 'MultiPolygon', arcs: polygons.get(code), properties: { code } }));
  return { type: 'Topology', transform: topo.transform, arcs: topo.arcs, objects: { kommuner: { type: 'GeometryCollection', geometries } } };
}
