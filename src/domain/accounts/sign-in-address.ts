/**
 * Where a signed-out visitor is sent, and where signing in takes them back: the page they asked
 * for (a link from a message, a page whose session ended), never another site.
 */

const HOME = "/khoi";

/** Only same-site paths: an open redirect after sign-in would be a phishing aid. */
export function safeCallbackUrl(url: string | null | undefined): string {
  return url && /^\/(?![/\\])/.test(url) && !url.startsWith("/dang-nhap") ? url : HOME;
}

/** The sign-in page's flag for a visitor whose session ended while they were signed in. */
export const SESSION_ENDED_PARAM = "het-phien";

/**
 * The sign-in page, naming the page to return to when there is one worth naming, and saying the
 * session ended when the visitor still held one (a password changed, an account locked, its
 * sessions ended elsewhere): otherwise the sign-in form appears with no word of why.
 */
export function signInAddress(
  returnTo: string | null | undefined,
  options: { sessionEnded?: boolean } = {},
): string {
  const target = safeCallbackUrl(returnTo);
  const query = new URLSearchParams();
  if (!(target === HOME || target === "/" || target.startsWith("/api/"))) query.set("callbackUrl", target);
  if (options.sessionEnded) query.set(SESSION_ENDED_PARAM, "1");
  const search = query.toString();
  return search ? `/dang-nhap?${search}` : "/dang-nhap";
}
