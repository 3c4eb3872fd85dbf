// The Content-Security-Policy the built app runs under: no inline scripts, no eval, nothing
// fetched from elsewhere. Sent as a header by the server; also written into the built HTML.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
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
