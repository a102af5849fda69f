/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (TRUSTED_PROXY_HOPS).
 * Unset, 0 or not a whole number: none, and a client's own X-Forwarded-For is ignored.
 */
export function trustedProxyHops(env: Record<string, string | undefined>): number {
  const value = env.TRUSTED_PROXY_HOPS?.trim() ?? "";
  return /^\d{1,2}$/.test(value) ? Number(value) : 0;
}
