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

type CspOptions = { nonce: string; https: boolean; development: boolean };

/**
 * The Content-Security-Policy of one response. Scripts need this request's nonce (Next puts it
 * on its own scripts, read from the request's CSP header); 'strict-dynamic' lets them load the
 * chunks they import. Styles allow inline: React `style` attributes (charts, progress bars)
 * cannot carry a nonce, and a style cannot run code.
 */
export function contentSecurityPolicy({ nonce, https, development }: CspOptions): string {
  return [
    "default-src 'self'",
    // React in development evaluates code for its call stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
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
