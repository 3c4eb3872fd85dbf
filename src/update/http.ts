// One HTTP request to a publisher, with a time limit, retries with backoff, and a Danish message
// naming the table and what went wrong when it finally fails.
import { UpdateError } from './config.ts';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FetchPolicy {
  timeoutMs: number;
  /** Further attempts after the first, for failures that may pass (timeouts, 429, 5xx, dropped connections). */
  retries: number;
  retryDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  onRetry: (message: string) => void;
  /** The largest answer read; a larger one stops the table without a retry (default MAX_ANSWER_BYTES). */
  maxBytes?: number;
}

/**
 * Far beyond any table we fetch (the largest is a few MB) and below the longest string Node can
 * make: a 570 MB answer was read whole, failed as ERR_STRING_TOO_LONG, and was fetched three more times.
 */
const MAX_ANSWER_BYTES = 256 * 1024 * 1024;

/** Longest wait a Retry-After header may ask for before we give up instead. */
const MAX_RETRY_AFTER_MS = 120_000;

class Attempt extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

/** The body of a successful response; every failure becomes an UpdateError beginning with `label`. */
export async function fetchText(request: HttpRequest, label: string, policy: FetchPolicy): Promise<string> {
  const host = new URL(request.url).host;
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(request, host, policy.timeoutMs, policy.maxBytes ?? MAX_ANSWER_BYTES);
    } catch (e) {
      const failure = e instanceof Attempt ? e : new Attempt(`uventet fejl: ${(e as Error).message}`, false);
      if (!failure.retry || attempt >= policy.retries) {
        const tries = attempt > 0 ? ` (${attempt + 1} forsøg)` : '';
        throw new UpdateError(`${label}: ${failure.message}${tries}.`);
      }
      const wait = failure.waitMs ?? policy.retryDelayMs * 2 ** attempt;
      policy.onRetry(`${label}: ${failure.message} – prøver igen om ${formatSeconds(wait)}`);
      await policy.sleep(wait);
    }
  }
}

async function attemptOnce(request: HttpRequest, host: string, timeoutMs: number, maxBytes: number): Promise<string> {
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal });
  } catch (e) {
    throw networkFailure(e, host, timeoutMs);
  }
  const advice = 'hent færre perioder eller områder ad gangen (update.config.json)';
  const tooLarge = (bytes: number | null) =>
    new Attempt(bytes === null ? `svaret fra ${host} er på over ${formatMegabytes(maxBytes)}, det meste en opdatering læser; ${advice}` : `svaret fra ${host} er på ${formatMegabytes(bytes)}, mere end de ${formatMegabytes(maxBytes)} en opdatering læser; ${advice}`, false);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(declared);
  }
  let body: string;
  try {
    body = await readLimited(response, maxBytes, () => tooLarge(null));
  } catch (e) {
    if (e instanceof Attempt) throw e;
    if (signal.aborted) throw new Attempt(`${host} sendte ikke hele svaret inden for ${formatSeconds(timeoutMs)}`, true);
    throw new Attempt(`forbindelsen til ${host} blev afbrudt, før svaret var hentet helt (${causeCode(e) ?? 'afbrudt'})`, true);
  }
  if (response.ok) return body;
  const detail = errorDetail(body);
  const status = `HTTP ${response.status}`;
  if (response.status === 401 || response.status === 403) {
    throw new Attempt(`${host} afviste nøglen (${status}${detail}). Tjek at JOBINDSATS_API_KEY er den nøgle, Jobindsats har givet jer, og at den ikke er udløbet`, false);
  }
  if (response.status === 404) throw new Attempt(`${host} kender ikke tabellen (${status}${detail}); tjek tabellens navn i update.config.json`, false);
  if (response.status === 429) {
    const after = retryAfterMs(response.headers.get('retry-after'));
    if (after !== null && after > MAX_RETRY_AFTER_MS) {
      throw new Attempt(`${host} beder os vente ${formatSeconds(after)} (${status}, for mange forespørgsler); prøv igen senere`, false);
    }
    throw new Attempt(`${host} vil ikke svare på flere forespørgsler lige nu (${status}, for mange forespørgsler)`, true, after ?? undefined);
  }
  if (response.status >= 500) throw new Attempt(`${host} svarede med en fejl (${status}${detail})`, true);
  throw new Attempt(`${host} afviste forespørgslen (${status}${detail})`, false);
}

/** The body as text, stopped as soon as it passes `maxBytes` (a server need not say its length). */
async function readLimited(response: Response, maxBytes: number, tooLarge: () => Attempt): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    bytes += part.value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(part.value, { stream: true });
  }
  return text + decoder.decode();
}

function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('da-DK')} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 })} MB`;
}

function networkFailure(e: unknown, host: string, timeoutMs: number): Attempt {
  const name = (e as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return new Attempt(`${host} svarede ikke inden for ${formatSeconds(timeoutMs)}`, true);
  const code = causeCode(e);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new Attempt(`kan ikke finde ${host} (${code}) – er der forbindelse til internettet?`, true);
  if (code === 'ECONNREFUSED') return new Attempt(`kan ikke forbinde til ${host} (${code}) – er der forbindelse til internettet?`, true);
  return new Attempt(`kan ikke hente fra ${host} (${code ?? (e as Error).message})`, true);
}

function causeCode(e: unknown): string | undefined {
  // Node's fetch wraps the socket error; connecting to several addresses wraps them once more.
  const cause = (e as { cause?: { code?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? (e as { code?: string }).code;
}

/** The publisher's own words, short: Statistikbanken answers errors as {"message": …}. */
function errorDetail(body: string): string {
  let text = body.trim();
  try {
    const json = JSON.parse(text) as { message?: unknown; Message?: unknown };
    const message = json.message ?? json.Message;
    if (typeof message === 'string') text = message;
  } catch {
    // Not JSON: the text itself.
  }
  text = text.replace(/\s+/g, ' ');
  if (text === '' || text.startsWith('<')) return '';
  return `: ${text.length > 160 ? `${text.slice(0, 160)}…` : text}`;
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toLocaleString('da-DK', { maximumFractionDigits: 1 }) : Math.round(s)} s`;
}
