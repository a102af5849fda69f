import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRITERION_KINDS } from "@/domain/score-table/criteria-tree";
import { validateCriteriaTree } from "@/domain/score-table/validate-criteria-tree";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import {
  createScoreTableSchema,
  editCriteriaSchema,
  setScoreTableScaleSchema,
} from "@/schemas/score-table/edit-criteria";
import { saveScoringRulesSchema } from "@/schemas/score-table/save-scoring-rules";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import { createScoreTable } from "@/server/mutations/score-table/create-score-table";
import { editCriteria } from "@/server/mutations/score-table/edit-criteria";
import { saveScoringRules } from "@/server/mutations/score-table/save-scoring-rules";
import { setScoreTableScale } from "@/server/mutations/score-table/set-score-table-scale";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktYear, tableInForce } from "./score-table-support";

// Stand-ins the run replaces with the live values, so fuzzed edits also reach the database.
const LIVE_TABLE = "live-table";
const LIVE_REVISION = "0".repeat(64);
const LIVE_VERSION = 999_999;
const CODES = ["I", "I.1", "II", "II.1", "II.2", "III", "IV", "IV.1", "V", "V.1"];

const pointsText = fc.oneof(
  fc.constantFrom("0", "1", "2,5", "8", "12,50", "100", "1.000", "-1", "1e3", ""),
  nastyString,
);

describe.each(testBackends())("fuzzed score table and rules actions (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year2024: string;
  const secretariat = () => demo.user("thuky.ktkt");

  /** Nothing half-written: one consistent table in force that everything points at. */
  async function consistent() {
    const table = await tableInForce(t.prisma, year2024);
    expect(validateCriteriaTree(table.nodes, table.maxPoints).errors).toEqual([]);
    expect(
      await t.prisma.task.count({
        where: { blocYearId: year2024, NOT: { criterion: { scoreTableId: table.id } } },
      }),
    ).toBe(0);
    const versions = await t.prisma.scoreTable.count({ where: { blocYearId: year2024 } });
    expect(
      await t.prisma.auditEvent.count({ where: { blocYearId: year2024, action: "createVersion" } }),
    ).toBe(versions - 1);
    const rules = scoringRulesSchema.parse((await ktktYear(t.prisma, demo, 2024)).rules);
    const deduction = rules.taskCompletion.notDoneDeductionCriterionId;
    if (deduction) expect(table.nodes.some((node) => node.key === deduction)).toBe(true);
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year2024 = (await ktktYear(t.prisma, demo, 2024)).id;
  });
  afterAll(() => t.close());

  it("edits of the criteria tree", async () => {
    await fuzzAction({
      schema: editCriteriaSchema,
      inputs: fc.record({
        operation: fc.constantFrom("add", "update", "delete", "move", "other"),
        scoreTableId: fc.oneof(fc.constant(LIVE_TABLE), nastyString),
        revision: fc.oneof(fc.constant(LIVE_REVISION), nastyString),
        criterionId: fc.constantFrom(...CODES),
        parentId: fc.constantFrom("", ...CODES),
        code: fc.oneof(fc.constantFrom("II.9", "IV.3", "I.1", "V.4"), nastyString),
        title: nastyString,
        kind: fc.oneof(fc.constantFrom(...CRITERION_KINDS), nastyString),
        maxPoints: pointsText,
        capPoints: fc.option(pointsText, { nil: undefined }),
        direction: fc.constantFrom("up", "down", "left"),
      }),
      run: async (data) => {
        const table = await tableInForce(t.prisma, year2024);
        const live = (value: string) => (CODES.includes(value) ? table.idOf(value) : value);
        const input = {
          ...data,
          scoreTableId: data.scoreTableId === LIVE_TABLE ? table.id : data.scoreTableId,
          revision: data.revision === LIVE_REVISION ? table.revision : data.revision,
        };
        if ("criterionId" in input) input.criterionId = live(input.criterionId);
        if ("parentId" in input && input.parentId !== null) input.parentId = live(input.parentId);
        return editCriteria(t.prisma, secretariat(), input);
      },
      invariant: consistent,
      numRuns: 40,
    });
  });

  it("changes of the scale", async () => {
    await fuzzAction({
      schema: setScoreTableScaleSchema,
      inputs: fc.record({
        scoreTableId: fc.constant(LIVE_TABLE),
        revision: fc.oneof(fc.constant(LIVE_REVISION), nastyString),
        title: nastyString,
        maxPoints: pointsText,
      }),
      run: async (data) => {
        const table = await tableInForce(t.prisma, year2024);
        return setScoreTableScale(t.prisma, secretariat(), {
          ...data,
          scoreTableId: table.id,
          revision: data.revision === LIVE_REVISION ? table.revision : data.revision,
        });
      },
      invariant: consistent,
      numRuns: 30,
    });
  });

  it("first tables", async () => {
    await fuzzAction({
      schema: createScoreTableSchema,
      inputs: fc.record({
        blocYearId: fc.oneof(fc.constant(LIVE_TABLE), nastyString),
        title: nastyString,
        maxPoints: pointsText,
      }),
      run: (data) =>
        createScoreTable(t.prisma, secretariat(), {
          ...data,
          blocYearId: data.blocYearId === LIVE_TABLE ? year2024 : data.blocYearId,
        }),
      invariant: consistent,
      numRuns: 20,
    });
  });

  it("rules documents", async () => {
    const rulesArbitrary = fc.oneof(
      fc.constant(JSON.stringify(DEFAULT_SCORING_RULES)),
      nastyString,
      fc
        .record({
          tieBreaks: fc.array(fc.constantFrom("moreBonus", "fewerDeductions", "coinToss"), { maxLength: 4 }),
          awards: fc.constantFrom(DEFAULT_SCORING_RULES.awards, []),
          membership: fc.constantFrom("yearEndMembersOnly", "prorateByMembership", "x"),
          allowSelfScoreFallback: fc.boolean(),
        })
        .map((change) => JSON.stringify({ ...DEFAULT_SCORING_RULES, ...change })),
    );
    await fuzzAction({
      schema: saveScoringRulesSchema,
      inputs: fc.record({
        blocYearId: fc.constant(LIVE_TABLE),
        version: fc.oneof(fc.constant(String(LIVE_VERSION)), fc.integer().map(String), nastyString),
        rules: rulesArbitrary,
      }),
      run: async (data) => {
        const live = await ktktYear(t.prisma, demo, 2024);
        return saveScoringRules(t.prisma, secretariat(), {
          ...data,
          blocYearId: year2024,
          version: data.version === LIVE_VERSION ? live.version : data.version,
        });
      },
      invariant: consistent,
      numRuns: 40,
    });
  });
});
