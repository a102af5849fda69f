import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "../../scripts/lib/schema-engine";

const SCHEMA_PATH = path.join(process.cwd(), "prisma/schema.prisma");

// Each diff initdb's a PGlite and replays every migration: ~5 s alone, far more on a busy machine.
describe("schema.prisma and prisma/migrations", { timeout: 60_000 }, () => {
  it("agree", async () => {
    const diff = await diffMigrationsToSchema();

    expect(
      diff.changed,
      `schema.prisma and prisma/migrations disagree: run \`npm run db:new <name>\` to write a migration\n${diff.sql}`,
    ).toBe(false);
  });

  describe("with a column added to the schema only", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "thidua-schema-"));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("reports the change as SQL", async () => {
      const schema = await readFile(SCHEMA_PATH, "utf8");
      const edited = schema.replace("model LoginThrottle {", "model LoginThrottle {\n  driftProbe String?");
      expect(edited).not.toBe(schema);
      const schemaPath = path.join(dir, "schema.prisma");
      await writeFile(schemaPath, edited);

      const diff = await diffMigrationsToSchema({ schemaPath });

      expect(diff.changed).toBe(true);
      expect(diff.sql).toMatch(/ALTER TABLE "LoginThrottle" ADD COLUMN\s+"driftProbe" TEXT/);
    });
  });
});
