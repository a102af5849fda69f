import { gunzipSync, gzipSync } from "node:zlib";
import { readFile, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { readArchiveFile, writeArchiveFile } from "@/server/backup/archive-file";
import { restoreBackup } from "@/server/backup/restore-backup";
import { takeBackup } from "@/server/backup/take-backup";
import { readMigrationFiles, defaultMigrationsDir } from "@/server/database/migration-files";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { demoWorld } from "../../factories/demo";
import { openEmptyDatabase } from "../../support/empty-database";
import { type TableFingerprint, tableFingerprints } from "../../support/table-fingerprints";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { prepareYear } from "../publishing/published-year-world";
import { backupFolder, snapshotHashChecks } from "./backup-world";
import { readyToPublish } from "../../support/publish-checklist";
import { putYearsInStage } from "../../support/year-stage";

// The demo bloc with 2023 published (by the seed) and 2024 published here (after score lines, a
// registration, a tally, a proposal, the signed pledge's scan and evidence files on a task and a
// score line were entered), backed up once per
// source backend.
describe.each(testBackends())("backup of a %s database", (sourceKind) => {
  let source: TestDatabase;
  let folder: Awaited<ReturnType<typeof backupFolder>>;
  let archiveFile: string;
  let sourceTables: Record<string, TableFingerprint>;

  beforeAll(async () => {
    source = await openTestDatabase(sourceKind, "demo");
    folder = await backupFolder();
    const demo = await demoWorld(source.prisma);
    const world = await prepareYear(source.prisma, demo);
    const secretariat = world.as("thuky.ktkt");
    await putYearsInStage(source.prisma, [world.yearId], "REVIEW");
    const blocYearId = world.yearId;
    const { version } = await source.prisma.blocYear.findUniqueOrThrow({ where: { id: blocYearId } });
    const overrideReasons = await readyToPublish(source.prisma, { blocYearId });
    await publishYear(source.prisma, secretariat, { blocYearId, version, overrideReasons });
    archiveFile = folder.file("thidua.jsonl.gz");
    await writeArchiveFile(archiveFile, await takeBackup(source.backend, { appVersion: "test" }));
    sourceTables = await tableFingerprints(source.backend);
  }, 180_000);
  afterAll(async () => {
    await source.close();
    await folder.remove();
  });

  it("records every table of the schema, the attachments and published snapshots among them, and its migrations", async () => {
    const { manifest } = await readArchiveFile(archiveFile);
    const tables = manifest.tables.map((table) => table.name);
    expect(tables).toEqual(Object.keys(sourceTables));
    expect(tables).toEqual(expect.arrayContaining(Object.values(Prisma.ModelName)));
    const rowsOf = (name: string) => manifest.tables.find((table) => table.name === name)?.rows;
    expect(rowsOf("Attachment")).toBeGreaterThan(0);
    expect(rowsOf("ResultSnapshot")).toBe(2);
    expect(rowsOf("ScoreLine")).toBeGreaterThan(0);
    const migrations = await readMigrationFiles(defaultMigrationsDir());
    expect(manifest.migrations).toEqual(migrations.map(({ name, checksum }) => ({ name, checksum })));
  });

  it.each(testBackends())(
    "restores into an empty %s database table for table, and every snapshot still verifies",
    async (targetKind) => {
      const target = await openEmptyDatabase(targetKind);
      try {
        const result = await restoreBackup(target.backend, await readArchiveFile(archiveFile));
        expect(result.laterMigrations).toEqual([]);
        expect(await tableFingerprints(target.backend)).toEqual(sourceTables);
        // Evidence files come back attached to their task and score line, not as loose files.
        const evidence = await target.prisma.attachment.findMany({
          where: { OR: [{ taskId: { not: null } }, { scoreLineId: { not: null } }] },
          select: { task: { select: { number: true } }, scoreLine: { select: { points: true } } },
        });
        expect(evidence).toEqual(
          expect.arrayContaining([
            { task: { number: 8 }, scoreLine: null },
            { task: null, scoreLine: { points: 700 } },
          ]),
        );
        const checks = await snapshotHashChecks(target.prisma);
        expect(checks).toHaveLength(2);
        expect(checks.every((check) => check.verifies)).toBe(true);
      } finally {
        await target.close();
      }
    },
    120_000,
  );

  it("refuses to restore into a database that has rows, changing nothing", async () => {
    await expect(restoreBackup(source.backend, await readArchiveFile(archiveFile))).rejects.toThrow(
      /not empty \(rows in .*Province/,
    );
    expect(await tableFingerprints(source.backend)).toEqual(sourceTables);
  });

  const tamperings: [string, (text: string) => string, RegExp][] = [
    [
      "a changed value",
      (text) => text.replace("Sở Tài nguyên", "Sở Tài Nguyên"),
      /does not match its checksum/,
    ],
    ["a deleted row", (text) => text.replace(/\n\{"id":"[^\n]*/, ""), /does not match its checksum/],
    ["a manifest row count", (text) => text.replace(/"rows":2,/, '"rows":1,'), /damaged/],
    ["a newer format", (text) => text.replace('"formatVersion":1', '"formatVersion":2'), /format version 2/],
  ];
  it.each(tamperings)(
    "refuses an archive with %s before opening any database",
    async (_, tamper, message) => {
      const tampered = folder.file(`tampered-${Math.random().toString(36).slice(2)}.jsonl.gz`);
      const text = gunzipSync(await readFile(archiveFile)).toString("utf8");
      const changed = tamper(text);
      expect(changed).not.toBe(text);
      await writeFile(tampered, gzipSync(changed));
      await expect(readArchiveFile(tampered)).rejects.toThrow(message);
    },
  );

  it("refuses a truncated file", async () => {
    const truncated = folder.file("truncated.jsonl.gz");
    const bytes = await readFile(archiveFile);
    await writeFile(truncated, bytes.subarray(0, bytes.length - 40));
    await expect(readArchiveFile(truncated)).rejects.toThrow(/Not a readable backup/);
  });

  it("leaves the target empty when loading fails half-way, and a later restore succeeds", async () => {
    const archive = await readArchiveFile(archiveFile);
    // Checksums intact, but every snapshot's publisher gone: the deferred foreign keys fail at the end.
    const users = archive.manifest.tables.find((table) => table.name === "User")!;
    const broken = {
      manifest: {
        ...archive.manifest,
        tables: archive.manifest.tables.map((table) =>
          table === users ? { ...table, rows: 0, sha256: EMPTY_SHA256 } : table,
        ),
      },
      rows: new Map([...archive.rows, ["User", []]]),
    };
    const target = await openEmptyDatabase("pglite");
    try {
      await expect(restoreBackup(target.backend, broken)).rejects.toThrow(/foreign key/);
      const afterFailure = await tableFingerprints(target.backend);
      expect(Object.values(afterFailure).every((table) => table.rows === 0)).toBe(true);
      await restoreBackup(target.backend, archive);
      expect(await tableFingerprints(target.backend)).toEqual(sourceTables);
    } finally {
      await target.close();
    }
  }, 120_000);

  // Last: it adds rows to the source. Each write is a province with its first unit in one
  // transaction, so a backup that read tables at different moments would hold a unit whose
  // province it lacks (the restore's foreign keys refuse it) or a province without its unit.
  it("takes a consistent backup while the app keeps writing", async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        written += 1;
        await source.prisma.province.create({
          data: { code: `P${written}`, name: `Tỉnh ${written}`, units: { create: { code: "VP" } } },
        });
      }
    })();
    const archive = await takeBackup(source.backend, { appVersion: "test" });
    writing = false;
    await writer;
    const rowsOf = (name: string) => archive.manifest.tables.find((table) => table.name === name)!.rows;
    const added = rowsOf("Province") - sourceTables.Province!.rows;
    expect(rowsOf("Unit") - sourceTables.Unit!.rows).toBe(added);
    expect(written).toBeGreaterThan(0);
    const target = await openEmptyDatabase(sourceKind);
    try {
      await restoreBackup(target.backend, archive);
      expect(await target.prisma.unit.count()).toBe(rowsOf("Unit"));
    } finally {
      await target.close();
    }
  }, 120_000);
});

const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
