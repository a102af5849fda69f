type Headers = Record<string, string | string[] | undefined>;

/**
 * The client address for per-address rate limits. Behind a reverse proxy the nearest proxy
 * appends the real address last to X-Forwarded-For, so the last entry is the one we trust.
 */
export function requestAddress(headers: Headers): string {
  const forwarded = headers["x-forwarded-for"];
  const list = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",");
  const last = list.map((part) => part.trim()).filter(Boolean).at(-1);
  return last?.slice(0, 100) ?? "unknown";
}
