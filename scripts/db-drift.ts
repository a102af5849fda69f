import { diffMigrationsToSchema } from "./lib/schema-engine";

// CI's guard that every schema.prisma change ships with its migration.
async function main(): Promise<number> {
  const diff = await diffMigrationsToSchema();
  if (diff.changed) {
    console.error(
      "schema.prisma and prisma/migrations disagree: run `npm run db:new <name>` to write a migration",
    );
    console.error(diff.sql);
    return 1;
  }
  console.log("OK: prisma/migrations matches schema.prisma");
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
