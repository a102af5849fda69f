import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES, type ScoringRules } from "@/domain/scoring";
import { saveScoringRulesSchema } from "@/schemas/score-table/save-scoring-rules";
import { ConflictError, ForbiddenError, PublishedYearError, UserFacingError } from "@/server/errors";
import { saveScoringRules } from "@/server/mutations/score-table/save-scoring-rules";
import { getRulesView } from "@/server/queries/score-table/get-rules-view";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { FORBIDDEN_USERS, ktktYear, snapshotOf, tableInForce } from "./score-table-support";

describe.each(testBackends())("the rules of the year (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year2024: string;
  const secretariat = () => demo.user("thuky.ktkt");
  const current = () => ktktYear(t.prisma, demo, 2024);
  const withTieBreaks = (tieBreaks: ScoringRules["tieBreaks"]): ScoringRules => ({
    ...DEFAULT_SCORING_RULES,
    tieBreaks,
  });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year2024 = (await current()).id;
    // The score table and its rules are edited while a year is prepared or carried out.
    await putYearsInStage(t.prisma, [year2024], "ACTIVE");
  });
  afterAll(() => t.close());

  it("lets the secretariat save the rules against the year's version, audited old → new", async () => {
    const before = await current();
    const rules = withTieBreaks(["fewerDeductions", "moreTaskPoints"]);
    expect(
      await saveScoringRules(t.prisma, secretariat(), {
        blocYearId: year2024,
        version: before.version,
        rules,
      }),
    ).toEqual({ version: before.version + 1 });
    expect((await current()).rules).toEqual(rules);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: year2024, field: "rules" },
    });
    expect(audit).toMatchObject({ actorId: secretariat().id, oldValue: before.rules, newValue: rules });
  });

  it("books the not-done deduction only on a deduction leaf of the table in force", async () => {
    const table = await tableInForce(t.prisma, year2024);
    const on = (criterionId: string) => ({
      ...DEFAULT_SCORING_RULES,
      taskCompletion: {
        ...DEFAULT_SCORING_RULES.taskCompletion,
        notDoneDeductionPoints: 50,
        notDoneDeductionCriterionId: criterionId,
      },
    });
    const { version } = await current();
    await expect(
      saveScoringRules(t.prisma, secretariat(), {
        blocYearId: year2024,
        version,
        rules: on(table.idOf("II.1")),
      }),
    ).rejects.toBeInstanceOf(UserFacingError);
    await expect(
      saveScoringRules(t.prisma, secretariat(), {
        blocYearId: year2024,
        version,
        rules: on(table.idOf("V")),
      }),
    ).rejects.toBeInstanceOf(UserFacingError);
    await saveScoringRules(t.prisma, secretariat(), {
      blocYearId: year2024,
      version,
      rules: on(table.idOf("V.1")),
    });
  });

  it.each(FORBIDDEN_USERS)("refuses %s and changes nothing", async (username) => {
    const before = await snapshotOf(t.prisma, year2024);
    await expect(
      saveScoringRules(t.prisma, demo.user(username), {
        blocYearId: year2024,
        version: before.blocYear.version,
        rules: DEFAULT_SCORING_RULES,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshotOf(t.prisma, year2024)).toEqual(before);
  });

  it("refuses a stale version naming what differs, and of two simultaneous saves exactly one wins", async () => {
    const { version } = await current();
    const outcomes = await Promise.allSettled([
      saveScoringRules(t.prisma, secretariat(), {
        blocYearId: year2024,
        version,
        rules: withTieBreaks(["moreBonus"]),
      }),
      saveScoringRules(t.prisma, secretariat(), {
        blocYearId: year2024,
        version,
        rules: withTieBreaks(["moreBallotVotes"]),
      }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected?.status === "rejected" && (rejected.reason as Error).message).toMatch(
      /khác bản của bạn ở: .*tiêu chí phân định/,
    );
    expect((await current()).version).toBe(version + 1);
  });

  it("names only the parts that differ when a save comes after another's", async () => {
    const { version, rules } = await current();
    const saved = rules as unknown as ScoringRules;
    await saveScoringRules(t.prisma, secretariat(), { blocYearId: year2024, version, rules: saved });
    const mine = { ...saved, crossCheck: { ...saved.crossCheck, combine: "median" as const } };
    await expect(
      saveScoringRules(t.prisma, secretariat(), { blocYearId: year2024, version, rules: mine }),
    ).rejects.toThrow(/khác bản của bạn ở: chấm chéo\./);
  });

  it("rejects bad documents at the schema", () => {
    const form = (rules: unknown) => ({
      blocYearId: year2024,
      version: "3",
      rules: typeof rules === "string" ? rules : JSON.stringify(rules),
    });
    expect(saveScoringRulesSchema.safeParse(form(DEFAULT_SCORING_RULES)).success).toBe(true);
    const levels = DEFAULT_SCORING_RULES.classificationLevels;
    for (const bad of [
      "{not json",
      { ...DEFAULT_SCORING_RULES, classificationLevels: [levels[1], levels[0]] },
      { ...DEFAULT_SCORING_RULES, tieBreaks: ["moreBonus", "moreBonus"] },
      { ...DEFAULT_SCORING_RULES, tieBreaks: ["coinToss"] },
      { ...DEFAULT_SCORING_RULES, membership: undefined },
      // A level in percent and in points at once; a point threshold above the level over it.
      {
        ...DEFAULT_SCORING_RULES,
        classificationLevels: [{ ...levels[0], minPoints: 9000 }, ...levels.slice(1)],
      },
      {
        ...DEFAULT_SCORING_RULES,
        classificationLevels: [
          { ...levels[0], minPercentOfMax: null, minPoints: 8000 },
          { ...levels[1], minPercentOfMax: null, minPoints: 8500 },
        ],
      },
      // An award asking for a level the rules do not have; options outside their lists.
      {
        ...DEFAULT_SCORING_RULES,
        awards: DEFAULT_SCORING_RULES.awards.map((award) => ({ ...award, minClassification: "XUAT_SAC" })),
      },
      { ...DEFAULT_SCORING_RULES, leadingAwardFallback: "coinToss" },
      { ...DEFAULT_SCORING_RULES, totals: { allowNegative: "yes", classifyOn: "total" } },
      { ...DEFAULT_SCORING_RULES, totals: { allowNegative: false, classifyOn: "bonus" } },
    ]) {
      expect(saveScoringRulesSchema.safeParse(form(bad)).success, JSON.stringify(bad).slice(0, 80)).toBe(
        false,
      );
    }
  });

  it("reads a document saved before the round-2 options with their defaults, and saves them when set", async () => {
    const { leadingAwardFallback: _fallback, totals: _totals, ...older } = DEFAULT_SCORING_RULES;
    const legacy = {
      ...older,
      classificationLevels: older.classificationLevels.map(({ minPoints: _points, ...level }) => level),
      awards: older.awards.map(({ minClassification: _level, ...award }) => award),
    };
    await t.prisma.blocYear.update({
      where: { id: year2024 },
      data: { rules: JSON.parse(JSON.stringify(legacy)) as object },
    });
    const view = await getRulesView(t.prisma, { user: secretariat(), blocYearId: year2024 });
    expect(view.rules).toEqual(DEFAULT_SCORING_RULES);

    const [flag, ...others] = DEFAULT_SCORING_RULES.awards;
    const chosen: ScoringRules = {
      ...DEFAULT_SCORING_RULES,
      classificationLevels: DEFAULT_SCORING_RULES.classificationLevels.map((level) =>
        level.code === "HTT" ? { ...level, minPercentOfMax: null, minPoints: 7500 } : level,
      ),
      awards: [{ ...flag!, minClassification: "HTXS" }, ...others],
      leadingAwardFallback: "nextEligible",
      totals: { allowNegative: true, classifyOn: "base", rounding: "atTotal" },
    };
    const { version } = await current();
    await saveScoringRules(t.prisma, secretariat(), { blocYearId: year2024, version, rules: chosen });
    expect((await getRulesView(t.prisma, { user: secretariat(), blocYearId: year2024 })).rules).toEqual(
      chosen,
    );
  });

  it("previews the provisional top three from the engine", async () => {
    const view = await getRulesView(t.prisma, { user: demo.user("xem.ktkt"), blocYearId: year2024 });
    expect(view.preview.ok).toBe(true);
    expect(view.preview.ok && view.preview.top).toHaveLength(3);
    expect(view.deductionCriteria.map((criterion) => criterion.code)).toEqual(["V.1", "V.2", "V.3"]);
  });

  it("withholds the preview from a leader while members do not see each other's provisional scores", async () => {
    const shared = async (membersSeeProvisional: boolean) => {
      await t.prisma.blocYear.update({ where: { id: year2024 }, data: { membersSeeProvisional } });
      return (await getRulesView(t.prisma, { user: demo.user("lanhdao.tnmt"), blocYearId: year2024 }))
        .preview;
    };
    const { membersSeeProvisional: before } = await t.prisma.blocYear.findUniqueOrThrow({
      where: { id: year2024 },
      select: { membersSeeProvisional: true },
    });
    try {
      const hidden = await shared(false);
      expect(hidden).toEqual({
        ok: false,
        message: expect.stringMatching(/chưa chia sẻ điểm tạm tính/) as unknown,
      });
      expect(JSON.stringify(hidden)).not.toMatch(/total|rank|unitId/);
      expect((await shared(true)).ok).toBe(true);
    } finally {
      await t.prisma.blocYear.update({ where: { id: year2024 }, data: { membersSeeProvisional: before } });
    }
  });

  it("refuses saving once the year is published", async () => {
    const { version } = await current();
    await t.prisma.blocYear.update({ where: { id: year2024 }, data: { status: "PUBLISHED" } });
    try {
      await expect(
        saveScoringRules(t.prisma, secretariat(), {
          blocYearId: year2024,
          version,
          rules: DEFAULT_SCORING_RULES,
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
    } finally {
      await t.prisma.blocYear.update({ where: { id: year2024 }, data: { status: "ACTIVE" } });
    }
  });
});
