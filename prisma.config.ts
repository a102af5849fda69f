import { defineConfig } from "prisma/config";

// Prisma's CLI engines cannot be downloaded here: migrations are written by scripts/db-new.ts
// and applied by src/server/database/migrate.ts. The CLI is used only for `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
