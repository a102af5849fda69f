import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Pages whose document is the same for everyone, prerendered at build under /khung and served at
 * their real address by src/proxy.ts; what differs per user comes from a session-checked data
 * route. Their scripts cannot carry a per-request nonce, so the policy allows them by hash.
 */
const SHELLS = [{ address: /^\/khoi\/[^/]+\/\d{4}\/xep-hang\/?$/, shell: "/khung/xep-hang" }] as const;

/**
 * The prerendered shell that serves this address, if any; a shell's own address gives the shell
 * (the rewritten request passes the proxy again, and opened directly the shell says "not found").
 */
export function shellFor(pathname: string): string | null {
  return SHELLS.find(({ address, shell }) => address.test(pathname) || pathname === shell)?.shell ?? null;
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

// Read once per process: the build does not change under a running server.
const hashesByShell = new Map<string, string[] | null>();

/**
 * The hashes of a shell's inline scripts as the build wrote it, or null where there is no
 * prerendered file (`next dev` renders every request, and takes the request's nonce instead).
 */
export function shellScriptHashes(shell: string): string[] | null {
  if (!hashesByShell.has(shell)) {
    const file = path.join(
      process.cwd(),
      process.env.NEXT_DIST_DIR || ".next",
      "server/app",
      `${shell}.html`,
    );
    let hashes: string[] | null = null;
    try {
      hashes = inlineScriptHashes(readFileSync(file, "utf8"));
    } catch {
      hashes = null;
    }
    hashesByShell.set(shell, hashes);
  }
  return hashesByShell.get(shell) ?? null;
}
