import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Pages whose document is the same for everyone, prerendered at build under /khung and served at
 * their real address by src/proxy.ts; what differs per user comes from a session-checked data
 * route. Their scripts cannot carry a per-request nonce, so the policy allows them by hash.
 *
 * The document is always the build's own file, served by a route handler (`document`): Next
 * regenerates a static page after a revalidatePath over it ("/", "layout" does), and the
 * regenerated HTML differs from the build's in its inline scripts, so hashes taken from the build
 * would block it. Client navigations (RSC requests, see wantsDocument) go to the page itself:
 * they run no inline script.
 */
const SHELLS = [
  {
    address: /^\/khoi\/[^/]+\/\d{4}\/xep-hang\/?$/,
    page: "/khung/xep-hang",
    document: "/khung/tai-lieu/xep-hang",
  },
] as const;

export type Shell = (typeof SHELLS)[number];

/**
 * The prerendered shell that serves this address, if any; a shell's own addresses give the shell
 * (the rewritten request passes the proxy again, and opened directly the shell says "not found").
 */
export function shellFor(pathname: string): Shell | null {
  return (
    SHELLS.find(
      (shell) => shell.address.test(pathname) || pathname === shell.page || pathname === shell.document,
    ) ?? null
  );
}

/**
 * Whether a request to a shell's address wants its document (a page load, a reload, a new tab) or
 * is the router's client navigation (an RSC fetch). The proxy never sees Next's own RSC headers
 * (Next strips them from its view), so this reads what the browser says: Sec-Fetch-Dest, or
 * without it (older browsers, scripts) whether HTML is accepted. A navigation misread as a
 * document still works, as a full page load.
 */
export function wantsDocument(headers: Headers): boolean {
  const destination = headers.get("sec-fetch-dest");
  if (destination) return destination === "document";
  return headers.get("accept")?.includes("text/html") ?? false;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source of every inline script of a document ('sha256-…'), in document order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body]) =>
      `'sha256-${createHash("sha256")
        .update(body ?? "")
        .digest("base64")}'`,
  );
}

/** A shell's document as the build wrote it, with the hashes of its inline scripts and an ETag. */
export type ShellDocument = { html: string; hashes: string[]; etag: string };

// Read once per process: the build does not change under a running server.
const documents = new Map<string, ShellDocument | null>();

/**
 * The build's document of a shell, or null where there is none (`next dev` renders every request,
 * and takes the request's nonce instead).
 */
export function shellDocument(shell: Shell): ShellDocument | null {
  if (!documents.has(shell.page)) {
    const file = path.join(
      process.cwd(),
      process.env.NEXT_DIST_DIR || ".next",
      "server/app",
      `${shell.page}.html`,
    );
    let document: ShellDocument | null = null;
    try {
      const html = readFileSync(file, "utf8");
      const etag = `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"`;
      document = { html, hashes: inlineScriptHashes(html), etag };
    } catch {
      document = null;
    }
    documents.set(shell.page, document);
  }
  return documents.get(shell.page) ?? null;
}
