import { NextResponse, type NextRequest } from "next/server";
import { isSessionCookieName } from "@/server/auth/session-cookie";
import { signInAddress } from "@/domain/accounts/sign-in-address";
import { REQUEST_PATH_HEADER } from "@/server/auth/sign-in-address";
import { refuseBadRequest } from "@/server/http/request-guards";
import { shellDocument, shellFor, wantsDocument } from "@/server/http/prerendered-shells";
import { contentSecurityPolicy, HSTS, type ScriptSources } from "@/server/http/security-headers";
import { trustedProxyHops } from "@/server/http/trusted-proxy";

export function proxy(request: NextRequest): NextResponse {
  const https = servedOverHttps(request);
  const { pathname } = request.nextUrl;
  const shell = shellFor(pathname);
  const document = shell && shellDocument(shell);
  const nonce = newNonce();
  const scripts: ScriptSources = document ? { hashes: document.hashes } : { nonce };
  const csp = contentSecurityPolicy({ scripts, https, development: process.env.NODE_ENV === "development" });
  const refusal = refuseBadRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    headers: request.headers,
  });
  if (refusal) {
    const response = new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
    return withPolicy(response, csp, https);
  }
  if (shell && document && shell.address.test(pathname) && !holdsSessionCookie(request)) {
    const signIn = signInFirst(request);
    if (signIn) return withPolicy(NextResponse.redirect(signIn), csp, https);
  }
  const headers = new Headers(request.headers);
  // Where a signed-out visitor of this page returns after signing in (src/server/auth/session.ts).
  headers.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // Without a trusted proxy the header is the client's own word: drop it, and Next fills in the
  // connection's address, so a forged header cannot dodge the per-address sign-in lock.
  if (trustedProxyHops(process.env) === 0) headers.delete("x-forwarded-for");
  // A shell's document is the build's file (with a document), its client navigations the page;
  // the rewritten request passes through here again, under the shell's own address.
  const target = shell && (document && wantsDocument(request.headers) ? shell.document : shell.page);
  const response =
    target && target !== pathname
      ? NextResponse.rewrite(new URL(target, request.url), { request: { headers } })
      : NextResponse.next({ request: { headers } });
  return withPolicy(response, csp, https);
}

function holdsSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => isSessionCookieName(name));
}

/**
 * A prerendered page's document asked for without any session cookie goes to sign-in at once, as
 * a rendered page would send it, not after its data request. (Holding a cookie proves nothing:
 * that request checks the session.)
 */
function signInFirst(request: NextRequest): URL | null {
  if (!wantsDocument(request.headers)) return null;
  const { pathname, search } = request.nextUrl;
  return new URL(signInAddress(`${pathname}${search}`), request.url);
}

function withPolicy(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  // Browsers ignore HSTS over plain http; sending it there would only mislead.
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

function servedOverHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export const config = {
  // Every page and route but built assets (they carry no ids and need no nonce) and the upload
  // routes (task sheet, pledge scan, agency sheet, and every /api/minh-chung/<kind>/<id> file
  // route, so a new kind of evidence cannot be forgotten here): Next reads the whole body of a
  // request it hands to the proxy before the route runs, so an upload would be read before anyone
  // is authorised, and refused past 1 MB. Those routes check their ids, origin and sizes themselves.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|khoi/.*/(?:nhiem-vu/nhap-excel/tai-len|giao-uoc/tep)$|quan-tri/don-vi/nhap-excel/tai-len$|api/minh-chung/[^/]+/[^/]+$).*)",
  ],
};
