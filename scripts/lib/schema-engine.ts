import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defaultMigrationsDir } from "../../src/server/database/migration-files";
import { readMigrationList } from "./migration-list";

export type DiffPaths = { schemaPath?: string; migrationsDir?: string };
export type SchemaDiff = { changed: boolean; sql: string };

let wasmLoaded: Promise<void> | undefined;

// The package entry imports the .wasm file as an ES module, which Node 20 rejects:
// instantiate it by hand and hand its exports to the JS glue (docs/stack.md, "Migrations").
function loadSchemaEngineWasm(): Promise<void> {
  wasmLoaded ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmLoaded;
}

/**
 * The shadow database is the same throwaway PGlite: a diff between migrations and a datamodel
 * never reads the main database, and PrismaPGlite's own shadow (a second PGlite, ~4 s to initdb
 * on two cores) is never closed, which keeps Node alive.
 */
class SingleInstancePGliteFactory extends PrismaPGlite {
  override connectToShadowDb() {
    return this.connect();
  }
}

/**
 * The SQL that would bring a database built from the migrations up to schema.prisma.
 * Runs offline: the migrations are replayed on an in-memory PGlite.
 */
export async function diffMigrationsToSchema(paths: DiffPaths = {}): Promise<SchemaDiff> {
  const schemaPath = paths.schemaPath ?? path.join(process.cwd(), "prisma/schema.prisma");
  const schema = await readFile(schemaPath, "utf8");
  const migrations = await readMigrationList(paths.migrationsDir ?? defaultMigrationsDir());
  await loadSchemaEngineWasm();
  const pglite = new PGlite();
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new SingleInstancePGliteFactory(pglite));
    const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
    try {
      const result = await engine.diff({
        from: migrations.migrationDirectories.length
          ? { tag: "migrations", ...migrations }
          : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      // exitCode 2 is the engine's "the diff is not empty" (`migrate diff --exit-code`).
      return { changed: result.exitCode === 2, sql: result.stdout ?? "" };
    } finally {
      engine.free();
    }
  } finally {
    await pglite.close();
  }
}
