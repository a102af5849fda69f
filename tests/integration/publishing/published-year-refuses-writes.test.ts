import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveBallotTallySchema } from "@/schemas/awards/ballot-tally";
import { stageAllows } from "@/domain/year-stages";
import { PublishedYearError, StageRefusedError } from "@/server/errors";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { openCorrection } from "@/server/mutations/publishing/open-correction";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { moveYearStage } from "@/server/mutations/year-stages/move-year-stage";
import { demoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { prepareYear, yearFingerprint, type YearWorld } from "./published-year-world";
import { WRITE_ACTIONS } from "./published-year-writes";
import { readyToPublish } from "../../support/publish-checklist";

const MUTATIONS_DIR = join(process.cwd(), "src/server/mutations");
/** Mutations that act on a year without writing to it, or that are not about a bloc-year. */
const NOT_YEAR_WRITES = new Set([
  "publishYear", // makes the snapshot; refuses a year already published with its own message
  "openCorrection", // the way out of a published year
  "moveYearStage", // moves the year itself; refused once published (tests/integration/year-stages)
  "createNextBlocYear", // reads year N, writes year N+1 (tested below)
  "previewNextBlocYear", // reads year N and the successions, writes nothing
  "createFirstAdmin", // the installation's first account
  "changeOwnPassword", // the user's own account, no year's data
  "setRotationRule", // the bloc's own setting for suggestions from now on, not the year's data
  // Province administration: the province's agencies and blocs, not a year's data. A rename
  // dated into a published year is refused (recordNewName, tests/integration/members); a bloc's
  // first year is a new year; the rest leave every year as it is (tests/integration/province).
  "createAgency",
  "importAgencies",
  "renameAgency",
  "correctAgencyStart", // refused while a published year shows the first name (tests/integration/province)
  "mergeAgencies",
  "deactivateAgency",
  "reactivateAgency",
  "createBloc",
  "renameBloc",
  "archiveBloc",
  "createFirstYear",
  "setSecretariatFollowsHeadUnit", // the bloc's own setting, who runs its years from now on
  // User accounts of the province, no year's data (tests/integration/account/accounts.test.ts).
  "createAccount",
  "updateAccount",
  "setAccountActive",
  "resetAccountPassword",
]);

/** Every exported `fn(prisma, user, …)` under src/server/mutations: the write actions the app offers. */
async function exportedMutations(): Promise<string[]> {
  const files = (await readdir(MUTATIONS_DIR, { recursive: true })).filter((file) => file.endsWith(".ts"));
  const names = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(join(MUTATIONS_DIR, file), "utf8");
      return [
        ...source.matchAll(
          /export (?:async )?function (\w+)\(\s*prisma: AppPrismaClient,\s*user: SessionUser/g,
        ),
      ].map((match) => match[1]!);
    }),
  );
  return names.flat().sort();
}

describe.each(testBackends())("a published year refuses every write (%s)", (kind) => {
  let t: TestDatabase;
  let w: YearWorld;
  let published: Record<string, unknown>;
  const auditCount = () => t.prisma.auditEvent.count({ where: { blocYearId: w.yearId } });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    const demo = await demoWorld(t.prisma);
    w = await prepareYear(t.prisma, demo);
    const scoring = await w.blocYear();
    await moveYearStage(t.prisma, w.as("thuky.ktkt"), {
      blocYearId: scoring.id,
      version: scoring.version,
      to: "REVIEW",
    });
    const year = await w.blocYear();
    const overrideReasons = await readyToPublish(t.prisma, { blocYearId: year.id });
    await publishYear(t.prisma, w.as("thuky.ktkt"), {
      blocYearId: year.id,
      version: year.version,
      overrideReasons,
    });
    published = await yearFingerprint(t.prisma, w.yearId);
  }, 120_000);
  afterAll(() => t.close());

  it("covers every exported mutation that writes to a bloc-year", async () => {
    const covered = new Set(WRITE_ACTIONS.map((action) => action.mutation.name));
    const missing = (await exportedMutations()).filter(
      (name) => !covered.has(name) && !NOT_YEAR_WRITES.has(name),
    );
    expect(missing).toEqual([]);
    expect((await w.blocYear()).status).toBe("PUBLISHED");
  });

  it.each(WRITE_ACTIONS)("refuses $name", async (action) => {
    await expect(action.run(w)).rejects.toBeInstanceOf(PublishedYearError);
  });

  it("leaves every row of the year exactly as it was published", async () => {
    expect(await yearFingerprint(t.prisma, w.yearId)).toEqual(published);
  });

  it("still lets the next year be created from the published one, without writing to it", async () => {
    const next = await createNextBlocYear(t.prisma, w.as("thuky.ktkt"), { fromBlocYearId: w.yearId });
    expect(next.year).toBe(2025);
    // The 8 members, and Sở Nông nghiệp và Môi trường joining on 01/03/2025 (the recorded merger).
    expect(await t.prisma.membership.count({ where: { blocYearId: next.id } })).toBe(9);
    expect(await yearFingerprint(t.prisma, w.yearId)).toEqual(published);
  });

  it("after openCorrection accepts a write again, audited old → new", async () => {
    const year = await w.blocYear();
    await openCorrection(t.prisma, w.as("thuky.ktkt"), {
      blocYearId: year.id,
      version: year.version,
      reason: "Nhập sót phiếu bầu Cờ thi đua",
    });
    const tally = await t.prisma.ballotTally.findUniqueOrThrow({ where: { id: w.tallyId } });
    const input = {
      blocYearId: w.yearId,
      unitId: tally.unitId,
      awardCode: tally.awardCode,
      votesFor: "7",
      votersPresent: "8",
      version: String(tally.version),
    };
    await saveBallotTally(t.prisma, w.as("thuky.ktkt"), saveBallotTallySchema.parse(input));
    expect(await t.prisma.ballotTally.findUniqueOrThrow({ where: { id: tally.id } })).toMatchObject({
      votesFor: 7,
      votersPresent: 8,
      version: tally.version + 1,
    });
    const events = await t.prisma.auditEvent.findMany({
      where: { entityId: tally.id, action: "update" },
      select: { actorId: true, field: true, oldValue: true, newValue: true },
    });
    expect(events).toEqual([{ actorId: w.as("thuky.ktkt").id, field: "votesFor", oldValue: 6, newValue: 7 }]);
  });

  // The same inputs were valid all along: reopened, each write a correction allows goes through
  // and is audited; the year's set-up (members, table, pledge) stays as it was.
  it.each(WRITE_ACTIONS)("once reopened, accepts $name if a correction allows it", async (action) => {
    const before = await auditCount();
    if (!stageAllows("CORRECTING", action.activity)) {
      await expect(action.run(w)).rejects.toBeInstanceOf(StageRefusedError);
      expect(await auditCount()).toBe(before);
      return;
    }
    if (action.refusedWhenOpenWith) {
      await expect(action.run(w)).rejects.toBeInstanceOf(action.refusedWhenOpenWith);
      return;
    }
    await action.run(w);
    expect(await auditCount()).toBeGreaterThan(before);
  });
});
