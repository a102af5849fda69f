type Headers = Record<string, string | string[] | undefined>;

/**
 * The client address for per-address rate limits, from X-Forwarded-For. Each trusted proxy
 * appends the address it was connected from, so with N of them the client is the N-th entry
 * from the end; anything before it is the client's own word. With none, the proxy (src/proxy.ts)
 * has dropped the client's header and Next has put the connection's address there alone.
 */
export function requestAddress(headers: Headers, trustedProxyHops: number): string {
  const forwarded = headers["x-forwarded-for"];
  const list = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const fromEnd = Math.max(1, trustedProxyHops);
  return list[Math.max(0, list.length - fromEnd)]?.slice(0, 100) ?? "unknown";
}
