import path from "node:path";
import { defaultMigrationsDir } from "../src/server/database/migration-files";
import { writeMigration } from "./lib/migration-writer";
import { diffMigrationsToSchema } from "./lib/schema-engine";

// Writes the next migration from the difference between prisma/migrations and schema.prisma:
// `prisma migrate dev` needs engines that cannot be downloaded here
// (docs/stack.md, "Prisma without engines").
async function main(): Promise<number> {
  const name = process.argv[2] ?? "";
  if (!/^[a-z0-9_]+$/.test(name)) {
    console.error(
      "Usage: npm run db:new <name>  (lowercase letters, digits and underscores, e.g. add_bloc_notes)",
    );
    return 1;
  }
  const diff = await diffMigrationsToSchema();
  if (!diff.changed) {
    console.log("Không có thay đổi / No schema changes: nothing written.");
    return 0;
  }
  const file = await writeMigration({
    migrationsDir: defaultMigrationsDir(),
    name,
    sql: diff.sql,
    now: new Date(),
  });
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  return 0;
}

// The shadow PGlite can keep Node alive for seconds after the work is done.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
