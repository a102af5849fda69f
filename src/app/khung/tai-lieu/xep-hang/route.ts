import { shellDocument, shellFor } from "@/server/http/prerendered-shells";

export const dynamic = "force-dynamic";

// One URL answers both the document and client navigations (RSC): shared caches must keep them apart.
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

/**
 * The rankings shell's document, exactly as the build wrote it (src/server/http/prerendered-shells.ts
 * says why not Next's copy); src/proxy.ts sends the rankings addresses here with a policy that
 * allows its inline scripts by hash. Revalidated on each view (a new build must not be served
 * stale), answered 304 when unchanged.
 */
export function GET(request: Request): Response {
  const shell = shellFor("/khung/tai-lieu/xep-hang");
  const document = shell && shellDocument(shell);
  if (!document) return new Response("Không tìm thấy trang.", { status: 404 });
  const headers = { ETag: document.etag, "Cache-Control": "no-cache", Vary: VARY };
  if (request.headers.get("if-none-match") === document.etag)
    return new Response(null, { status: 304, headers });
  return new Response(document.html, { headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
