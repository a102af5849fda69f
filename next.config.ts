import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Without this the build passes but every PGlite request fails at run time (STACK.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
