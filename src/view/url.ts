// The URL is the view spec's encoding: short, readable parameters holding only what differs
// from the default (?view=trend&areas=163~151&ind=ledighed_pct). Every key has a codec with
// a fallback, so a stale or hand-edited link shows a sensible view instead of failing.
import { isPeriod } from '../data/period';
import { DEFAULT_SPEC, LANGS, MODES, VIEWS, type ViewSpec } from './view-spec';

export const URL_VERSION = 1;
const AREA_RE = /^(\d{3}|[a-z][a-z0-9-]{0,63})$/;
const ID_RE = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_AREAS = 1000;

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

const CODECS: { [K in keyof ViewSpec]: Codec<K> } = {
  view: { param: 'view', encode: (v) => v, decode: oneOf(VIEWS) },
  areas: {
    param: 'areas',
    encode: (v) => v.join('~'),
    decode: (s) => {
      const areas = [...new Set(s.split('~').filter((a) => AREA_RE.test(a)))].slice(0, MAX_AREAS);
      return s === '' || areas.length > 0 ? areas : undefined;
    },
  },
  indicator: { param: 'ind', encode: (v) => v, decode: (s) => (ID_RE.test(s) ? s : undefined) },
  breakdown: { param: 'brk', encode: (v) => v, decode: text },
  from: { param: 'from', encode: (v) => v ?? '', decode: period },
  to: { param: 'to', encode: (v) => v ?? '', decode: period },
  mode: { param: 'mode', encode: (v) => v, decode: oneOf(MODES) },
  base: { param: 'base', encode: (v) => v ?? '', decode: period },
  at: { param: 'at', encode: (v) => v ?? '', decode: period },
  grant: { param: 'grant', encode: (v) => v ?? '', decode: text },
  lang: { param: 'lang', encode: (v) => v, decode: oneOf(LANGS) },
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
  const query = params.toString().replace(/%7E/gi, '~');
  return query ? `?v=${URL_VERSION}&${query}` : '';
}

export function decodeSpec(search: string): ViewSpec {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_SPEC };
  }
  const spec: ViewSpec = { ...DEFAULT_SPEC, areas: [...DEFAULT_SPEC.areas] };
  for (const key of KEYS) decodeKey(params, key, spec);
  return spec;
}
