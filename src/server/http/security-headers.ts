/** Headers every response carries, assets included (next.config.ts). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Fullscreen stays allowed: the conference screen uses it.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  // For browsers older than CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
] as const;

export const HSTS = "max-age=31536000; includeSubDomains";

/** A rendered page's scripts carry this request's nonce; a prerendered shell's are known by hash. */
export type ScriptSources = { nonce: string } | { hashes: string[] };

type CspOptions = { scripts: ScriptSources; https: boolean; development: boolean };

/**
 * The Content-Security-Policy of one response. A rendered page's scripts need this request's
 * nonce (Next puts it on its own scripts, read from the request's CSP header); 'strict-dynamic'
 * lets them load the chunks they import. A prerendered shell's inline scripts are allowed by their
 * hashes and its chunks by 'self' ('strict-dynamic' would refuse the chunks its HTML names).
 * Styles allow inline: React `style` attributes (charts, progress bars) cannot carry a nonce, and
 * a style cannot run code.
 */
export function contentSecurityPolicy({ scripts, https, development }: CspOptions): string {
  const allowed = "nonce" in scripts ? `'nonce-${scripts.nonce}' 'strict-dynamic'` : scripts.hashes.join(" ");
  return [
    "default-src 'self'",
    // React in development evaluates code for its call stacks.
    `script-src 'self' ${allowed}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The conference screen's service worker (public/sw.js); script-src's 'strict-dynamic' alone
    // would refuse it, as it ignores 'self'.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a local run, the e2e server) this would send every asset to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
