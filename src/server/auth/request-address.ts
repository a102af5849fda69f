type Headers = Record<string, string | string[] | undefined>;

/**
 * The client address for per-address rate limits. Next sets X-Forwarded-For to the socket's
 * address when the request has none; behind a reverse proxy the nearest proxy appends the real
 * address last, so the last entry is the one we trust. A client that forges the header can dodge
 * the per-address count, never the per-account one.
 */
export function requestAddress(headers: Headers): string {
  const forwarded = headers["x-forwarded-for"];
  const list = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",");
  const last = list
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last?.slice(0, 100) ?? "unknown";
}
