import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/server/http/security-headers";

const nextConfig: NextConfig = {
  // Without this the build passes but every PGlite request fails at run time
  // (docs/stack.md, "Next.js").
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
  ],
  poweredByHeader: false,
  // The per-request parts (CSP with its nonce, HSTS over https) are set in src/proxy.ts.
  headers: async () => [
    { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
    // Next serves the app's icon as "revalidate every time": one more request on every page view.
    { source: "/icon.svg", headers: [{ key: "Cache-Control", value: "public, max-age=86400" }] },
  ],
  // The app starts at the list of blocs (which sends a signed-out visitor to sign in): answered by
  // the router, no page rendered.
  redirects: async () => [{ source: "/", destination: "/khoi", permanent: false }],
  // Lets two builds live side by side (e.g. an e2e run beside a dev server).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
