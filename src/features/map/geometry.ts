// The map's drawing: every municipality's outline projected once, with the two insets –
// Bornholm, far out in the Baltic, and the capital area, too small to point at on the whole map.
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Bounds } from './zoom.ts';

export type Boundaries = Topology<{ kommuner: GeometryCollection<{ code: string }> }>;

export const MAP_WIDTH = 860;
export const MAP_HEIGHT = 620;
/** The part of the drawing that zooms; the insets sit to its right. */
export const MAIN = { width: 630, height: MAP_HEIGHT };
const BORNHOLM = '400';
export const BORNHOLM_INSET = { x: 640, y: 10, width: 210, height: 120 };
export const CAPITAL_INSET = { x: 640, y: 145, width: 210, height: 250 };
/** Byen København and Københavns omegn (Danmarks Statistik's landsdele). */
const CAPITAL_AREA = ['101', '147', '155', '185', '151', '153', '157', '159', '161', '163', '165', '167', '169', '173', '175', '183', '187'];

export interface Shape {
  code: string;
  d: string;
  bounds: Bounds;
  centroid: [number, number];
}

export interface MapGeometry {
  /** On the main map; Bornholm is drawn only in its inset. */
  main: Shape[];
  bornholm: Shape[];
  capital: Shape[];
}

export function mapGeometry(topology: Boundaries): MapGeometry {
  const collection = feature(topology, topology.objects.kommuner);
  const pick = (keep: (code: string) => boolean) => ({ ...collection, features: collection.features.filter((f) => keep(f.properties.code)) });
  const draw = (features: ReturnType<typeof pick>, box: { x: number; y: number; width: number; height: number }, pad: number): Shape[] => {
    const path = geoPath(geoMercator().fitExtent([[box.x + pad, box.y + pad], [box.x + box.width - pad, box.y + box.height - pad]], features as GeoPermissibleObjects));
    return features.features.map((f) => ({
      code: f.properties.code,
      d: path(f as GeoPermissibleObjects) ?? '',
      bounds: path.bounds(f as GeoPermissibleObjects),
      centroid: path.centroid(f as GeoPermissibleObjects),
    }));
  };
  const capital = new Set(CAPITAL_AREA);
  return {
    main: draw(pick((c) => c !== BORNHOLM), { x: 0, y: 0, ...MAIN }, 10),
    bornholm: draw(pick((c) => c === BORNHOLM), BORNHOLM_INSET, 8),
    capital: draw(pick((c) => capital.has(c)), CAPITAL_INSET, 8),
  };
}
