/**
 * Where a signed-out visitor is sent, and where signing in takes them back: the page they asked
 * for (a link from a message, a page whose session ended), never another site.
 */

const HOME = "/khoi";

/** Only same-site paths: an open redirect after sign-in would be a phishing aid. */
export function safeCallbackUrl(url: string | null | undefined): string {
  return url && /^\/(?![/\\])/.test(url) && !url.startsWith("/dang-nhap") ? url : HOME;
}

/** The sign-in page, naming the page to return to when there is one worth naming. */
export function signInAddress(returnTo: string | null | undefined): string {
  const target = safeCallbackUrl(returnTo);
  return target === HOME || target === "/" || target.startsWith("/api/")
    ? "/dang-nhap"
    : `/dang-nhap?callbackUrl=${encodeURIComponent(target)}`;
}
