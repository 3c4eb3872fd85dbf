// The Content-Security-Policy the built app runs under: no inline scripts, no eval, nothing
// fetched from elsewhere. Sent as a header by the server; also written into the built HTML.
export const CSP = [
  "default-src 'self'",
  // WebAssembly (the forecasts' model) may be compiled; JavaScript eval stays forbidden.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers to serve: the app may only be framed by itself; embed.html by any site. */
export const CSP_HEADERS = {
  app: `${CSP}; frame-ancestors 'self'`,
  embed: `${CSP}; frame-ancestors *`,
};

/** What a public-sector site sends besides the CSP: no type sniffing, no full addresses to other sites, no device access. */
const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), interest-cohort=()',
};

/**
 * The headers for one path below the app's folder: every page but embed.html refuses other sites'
 * frames. Only the real embed page, at the app's root, may be framed: `/x/embed.html` or
 * `/index.html/embed.html` is answered with the app's own page by a server that falls back to
 * it, and must not carry the embed's frame-ancestors.
 */
export function securityHeaders(path: string): Record<string, string> {
  if (/^\/?embed\.html$/.test(path)) return { 'Content-Security-Policy': CSP_HEADERS.embed, ...COMMON_HEADERS };
  return { 'Content-Security-Policy': CSP_HEADERS.app, 'X-Frame-Options': 'SAMEORIGIN', ...COMMON_HEADERS };
}

/**
 * A `_headers` file as Netlify and Cloudflare Pages read it, for an app at the site's root. No
 * header is set by two rules that match one path, since hosts join such values with commas and
 * two CSPs would both apply.
 */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>) => [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const { 'Content-Security-Policy': app, 'X-Frame-Options': frames } = securityHeaders('index.html');
  return [
    block('/*', COMMON_HEADERS),
    block('/', { 'Content-Security-Policy': app!, 'X-Frame-Options': frames! }),
    block('/index.html', { 'Content-Security-Policy': app!, 'X-Frame-Options': frames! }),
    block('/embed.html', { 'Content-Security-Policy': CSP_HEADERS.embed }),
  ].join('\n\n') + '\n';
}
