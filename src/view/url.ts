// The URL is the view spec's encoding: short, readable parameters holding only what differs
// from the default (?view=trend&areas=163~151&ind=ledighed_pct). Every key has a codec with
// a fallback, so a stale or hand-edited link shows a sensible view instead of failing.
import { isPeriod } from '../data/period.ts';
import { DEFAULT_SPEC, LANGS, MODES, VIEWS, ZOOM_RE, type ViewSpec } from './view-spec.ts';


const AREA_RE = /^(\d{3}|[a-z][a-z0-9-]{0,63})$/;
const ID_RE = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_AREAS = 1000;
const SERIES_RE = /^(\d{3}|[a-z][a-z0-9-]{0,63})(:(target|forecast|expected))?(:2)?$/;
const SORT_RE = /^-?[a-z]{1,20}$/;

type Codec<K extends keyof ViewSpec> = {
  param: string;
  encode: (v: ViewSpec[K]) => string;
  decode: (s: string) => ViewSpec[K] | undefined;
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (s: string): T | undefined =>
    (values as readonly string[]).includes(s) ? (s as T) : undefined;
const period = (s: string) => (isPeriod(s) ? s : undefined);
const text = (s: string) => (s.length > 0 && s.length <= 200 ? s : undefined);
function areaList(s: string): string[] | undefined {
  const areas = [...new Set(s.split('~').filter((a) => AREA_RE.test(a)))].slice(0, MAX_AREAS);
  return s === '' || areas.length > 0 ? areas : undefined;
}
function seriesList(s: string): string[] | undefined {
  const keys = [...new Set(s.split('~').filter((k) => SERIES_RE.test(k)))].slice(0, MAX_AREAS);
  return s === '' || keys.length > 0 ? keys : undefined;
}
/** `450~2027-06`: a level and a month. */
function goal(s: string): ViewSpec['goal'] | undefined {
  if (s === '') return null;
  const m = /^(-?\d{1,12}(?:\.\d{1,6})?)~(\d{4}-\d{2})$/.exec(s);
  return m && isPeriod(m[2]!) ? { value: Number(m[1]), at: m[2]! } : undefined;
}
const flag = (s: string) => (s === '1' || s === 'true' ? true : s === '0' || s === 'false' ? false : undefined);

const CODECS: { [K in keyof ViewSpec]: Codec<K> } = {
  view: { param: 'view', encode: (v) => v, decode: oneOf(VIEWS) },
  areas: { param: 'areas', encode: (v) => v.join('~'), decode: areaList },
  peers: { param: 'peers', encode: (v) => (v ?? []).join('~'), decode: areaList },
  indicator: { param: 'ind', encode: (v) => v, decode: (s) => (ID_RE.test(s) ? s : undefined) },
  indicator2: { param: 'ind2', encode: (v) => v ?? '', decode: (s) => (ID_RE.test(s) ? s : undefined) },
  breakdown: { param: 'brk', encode: (v) => v, decode: text },
  from: { param: 'from', encode: (v) => v ?? '', decode: period },
  to: { param: 'to', encode: (v) => v ?? '', decode: period },
  mode: { param: 'mode', encode: (v) => v, decode: oneOf(MODES) },
  base: { param: 'base', encode: (v) => v ?? '', decode: period },
  at: { param: 'at', encode: (v) => v ?? '', decode: period },
  since: { param: 'since', encode: (v) => v ?? '', decode: period },
  only: { param: 'only', encode: (v) => (v ? '1' : '0'), decode: flag },
  forecast: { param: 'fc', encode: (v) => (v ? '1' : '0'), decode: flag },
  seasonal: { param: 'sa', encode: (v) => (v ? '1' : '0'), decode: flag },
  goal: { param: 'goal', encode: (v) => (v ? `${v.value}~${v.at}` : ''), decode: goal },
  hidden: { param: 'hide', encode: (v) => v.join('~'), decode: seriesList },
  grant: { param: 'grant', encode: (v) => v ?? '', decode: text },
  grantArea: { param: 'gmun', encode: (v) => v ?? '', decode: (s) => (/^\d{3}$/.test(s) ? s : undefined) },
  grantor: { param: 'gby', encode: (v) => v ?? '', decode: text },
  sort: { param: 'sort', encode: (v) => v ?? '', decode: (s) => (SORT_RE.test(s) ? s : undefined) },
  source: { param: 'src', encode: (v) => v ?? '', decode: (s) => (/^[a-z0-9][a-z0-9-]{0,99}$/.test(s) ? s : undefined) },
  item: { param: 'item', encode: (v) => v ?? '', decode: (s) => (s.length > 0 && s.length <= 200 ? s : undefined) },
  zoom: { param: 'zoom', encode: (v) => v ?? '', decode: (s) => (ZOOM_RE.test(s) ? s : undefined) },
  lang: { param: 'lang', encode: (v) => v, decode: oneOf(LANGS) },
  embed: { param: 'embed', encode: (v) => (v ? '1' : '0'), decode: flag },
  controls: { param: 'controls', encode: (v) => (v ? '1' : '0'), decode: flag },
  data: { param: 'data', encode: (v) => v ?? '', decode: (s) => (/^[0-9a-f]{6,32}$/.test(s) ? s : undefined) },
};

const KEYS = Object.keys(CODECS) as (keyof ViewSpec)[];

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function encodeKey<K extends keyof ViewSpec>(params: URLSearchParams, key: K, spec: ViewSpec): void {
  const codec: Codec<K> = CODECS[key];
  params.set(codec.param, codec.encode(spec[key]));
}

function decodeKey<K extends keyof ViewSpec>(params: URLSearchParams, key: K, spec: ViewSpec): void {
  const codec: Codec<K> = CODECS[key];
  const raw = params.get(codec.param);
  if (raw === null) return;
  const value = codec.decode(raw);
  if (value !== undefined) spec[key] = value;
}

export function encodeSpec(spec: ViewSpec): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (!sameValue(spec[key], DEFAULT_SPEC[key])) encodeKey(params, key, spec);
  }
  const query = params.toString().replace(/%7E/gi, '~').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%2F/gi, '/');
  return query ? `?v=${MIGRATIONS.length}&${query}` : '';
}

/**
 * Upgrades the parameters of an older link, one version at a time, so shared links keep
 * working when the format changes. Links without `v` are version 0: written by hand or
 * before versioning, with long parameter names and comma-separated areas.
 */
const MIGRATIONS: ((params: URLSearchParams) => URLSearchParams)[] = [
  (old) => {
    const params = new URLSearchParams(old);
    const rename: Record<string, string> = { indicator: 'ind', breakdown: 'brk', area: 'areas', period: 'at' };
    for (const [from, to] of Object.entries(rename)) {
      const value = params.get(from);
      if (value !== null && !params.has(to)) params.set(to, value);
      params.delete(from);
    }
    const areas = params.get('areas');
    if (areas !== null) params.set('areas', areas.replace(/[,;\s]+/g, '~'));
    return params;
  },
];

export function migrateParams(params: URLSearchParams, migrations = MIGRATIONS): URLSearchParams {
  const declared = Number(params.get('v') ?? '0');
  let version = Number.isInteger(declared) && declared >= 0 ? Math.min(declared, migrations.length) : migrations.length;
  let current = params;
  while (version < migrations.length) current = migrations[version++]!(current);
  return current;
}

export function decodeSpec(search: string, migrations = MIGRATIONS): ViewSpec {
  let params: URLSearchParams;
  try {
    params = migrateParams(new URLSearchParams(search), migrations);
  } catch {
    return { ...DEFAULT_SPEC };
  }
  const spec: ViewSpec = { ...DEFAULT_SPEC, areas: [...DEFAULT_SPEC.areas] };
  for (const key of KEYS) decodeKey(params, key, spec);
  return spec;
}
