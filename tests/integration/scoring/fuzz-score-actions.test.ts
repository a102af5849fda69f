import fc from "fast-check";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { returnScoreSheetSchema, scoreSheetRefSchema } from "@/schemas/scoring/review-score-sheet";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import {
  approveScoreSheet,
  returnScoreSheet,
  submitScoreSheet,
} from "@/server/mutations/scoring/review-score-sheet";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { scoringWorld } from "./scoring-world";

const USERS = ["thuky.ktkt", "lanhdao.tnmt", "xem.ktkt", "thuky.vhxh", "admin.yenbai"] as const;
const asUser = { username: z.enum(USERS) };

describe.each(testBackends())("score entry under fuzzed input (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: Awaited<ReturnType<typeof scoringWorld>>;
  /** The demo's own score lines, loaded by the seed rather than written through the action. */
  let seededLineIds: Set<string>;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await scoringWorld(t.prisma, demo);
    seededLineIds = new Set((await t.prisma.scoreLine.findMany({ select: { id: true } })).map((l) => l.id));
  });
  afterAll(() => t.close());

  /** Nothing half-written: every line has its creation audited, every sheet change too, no line above its limit. */
  async function consistent() {
    const lines = await t.prisma.scoreLine.findMany({
      select: {
        id: true,
        points: true,
        criterion: { select: { kind: true, maxPoints: true, capPoints: true } },
      },
    });
    for (const line of lines) {
      expect(line.criterion.kind).not.toBe("TASK_DERIVED");
      expect(line.points).toBeLessThanOrEqual(line.criterion.capPoints ?? line.criterion.maxPoints);
      if (seededLineIds.has(line.id)) continue;
      expect(
        await t.prisma.auditEvent.count({ where: { entityId: line.id, field: "points" } }),
      ).toBeGreaterThan(0);
    }
    const sheets = await t.prisma.scoreSheet.findMany({
      where: { status: { not: "DRAFT" } },
      select: { id: true, version: true },
    });
    for (const sheet of sheets)
      expect(await t.prisma.auditEvent.count({ where: { entityId: sheet.id, field: "status" } })).toBe(
        sheet.version - 1,
      );
  }

  it("saveScoreCell: only validation or user-facing errors, nothing half-written", async () => {
    const inputs = fc.record({
      username: fc.constantFrom(...USERS),
      unitId: fc.oneof(fc.constantFrom(w.tnmt, w.gtvt), nastyString),
      criterionId: fc.oneof(
        fc.constantFrom(...["II.1", "I.1", "II", "IV.2", "V.3"].map(w.leaf)),
        nastyString,
      ),
      stage: fc.oneof(fc.constantFrom("SELF", "CROSS_CHECK", "FINAL"), nastyString),
      points: fc.oneof(
        fc.constantFrom("", "0", "8,5", "3", "10", "1.000", "-1", "2,555"),
        nastyString,
        fc.integer().map(String),
      ),
      explanation: fc.option(nastyString),
      evidenceUrl: fc.option(fc.oneof(nastyString, fc.webUrl())),
      version: fc.oneof(fc.integer({ min: -2, max: 4 }), nastyString),
    });
    await fuzzAction({
      schema: saveScoreCellSchema.extend(asUser),
      inputs,
      run: ({ username, ...input }) => saveScoreCell(t.prisma, demo.user(username), input),
      invariant: consistent,
    });
  });

  it("sheet submit / approve / return: only validation or user-facing errors, nothing half-written", async () => {
    await saveScoreCell(
      t.prisma,
      demo.user("lanhdao.tnmt"),
      saveScoreCellSchema.parse({
        unitId: w.tnmt,
        criterionId: w.leaf("II.2"),
        stage: "SELF",
        points: "5",
        version: 0,
      }),
    ).catch(() => null);
    const sheetIds = (await t.prisma.scoreSheet.findMany({ select: { id: true } })).map((sheet) => sheet.id);
    const inputs = fc.record({
      username: fc.constantFrom(...USERS),
      transition: fc.constantFrom("submit", "approve", "return"),
      sheetId: fc.oneof(fc.constantFrom(...sheetIds, "missing"), nastyString),
      version: fc.oneof(fc.integer({ min: -1, max: 5 }), nastyString),
      reason: nastyString,
    });
    await fuzzAction({
      schema: scoreSheetRefSchema.extend({
        ...asUser,
        transition: z.enum(["submit", "approve", "return"]),
        reason: z.unknown(),
      }),
      inputs,
      run: async ({ username, transition, reason, ...input }) => {
        const user = demo.user(username);
        if (transition === "submit") return submitScoreSheet(t.prisma, user, input);
        if (transition === "approve") return approveScoreSheet(t.prisma, user, input);
        // A return also carries its reason, validated by the return action's own schema.
        const parsed = returnScoreSheetSchema.safeParse({ ...input, reason });
        return parsed.success ? returnScoreSheet(t.prisma, user, parsed.data) : null;
      },
      invariant: consistent,
    });
  });
});
