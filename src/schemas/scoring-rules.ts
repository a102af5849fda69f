import { z } from "zod";
import { recordId } from "./record-id";
import {
  CROSS_CHECK_COMBINES,
  CROSS_CHECK_SCORERS,
  type CrossCheckRule,
  KEY_TASK_CONDITIONS,
  TIE_BREAK_RULES,
  type ScoringRules,
} from "@/domain/scoring";

const basisPoints = (label: string) =>
  z
    .number({ error: `${label}: cần một số.` })
    .int({ error: `${label}: cần số nguyên.` })
    .min(0, { error: `${label} không được âm.` })
    .max(10000, { error: `${label} không vượt quá 100%.` });
const centipoints = (label: string) =>
  z
    .number({ error: `${label}: cần một số.` })
    .int({ error: `${label}: cần số nguyên.` })
    .min(0, { error: `${label} không được âm.` })
    .max(10_000_000, { error: `${label} quá lớn.` });
const label = (name: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `Vui lòng nhập ${name}.` })
    .max(max, { error: `${name} quá dài.` });

const awardSchema = z.object({
  code: z
    .string()
    .min(1, { error: "Vui lòng nhập mã danh hiệu." })
    .regex(/^[A-Z0-9_]{2,40}$/, { error: "Mã danh hiệu gồm 2–40 chữ in hoa không dấu, số hoặc dấu _." }),
  name: label("tên danh hiệu", 200),
  quota: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("count"),
      count: z
        .number({ error: "Số lượng: cần một số." })
        .int({ error: "Số lượng: cần số nguyên." })
        .min(0, { error: "Số lượng không được âm." })
        .max(100, { error: "Số lượng tối đa 100." }),
    }),
    z.object({ kind: z.literal("shareOfMembers"), shareOfMembers: basisPoints("Tỷ lệ số đơn vị") }),
  ]),
  isLeadingAward: z.boolean(),
  ballotThreshold: basisPoints("Ngưỡng phiếu bầu").nullable(),
  // Documents saved before the option existed read as "any level".
  minClassification: z.string().nullable().default(null),
});

type Level = { code: string; minPercentOfMax: number | null; minPoints: number | null };

const thresholdOf = (level: Level) =>
  level.minPoints !== null
    ? { field: "minPoints", value: level.minPoints, unit: "points" }
    : { field: "minPercentOfMax", value: level.minPercentOfMax, unit: "percent" };

/**
 * Levels are listed best first (the engine gives a unit the first it meets): thresholds may not
 * rise. A level has one threshold, in percent or in points; levels stated in different units are
 * not compared (the table's maximum may still change).
 */
function checkLevelsBestFirst(levels: readonly Level[], context: z.RefinementCtx): void {
  levels.forEach((level, index) => {
    const first = levels.findIndex((other) => other.code === level.code);
    if (first < index)
      context.addIssue({
        code: "custom",
        path: ["classificationLevels", index, "code"],
        message: `Mã ${level.code} đã dùng cho mức ${first + 1}: mỗi mức cần một mã riêng.`,
      });
    if (level.minPercentOfMax !== null && level.minPoints !== null)
      context.addIssue({
        code: "custom",
        path: ["classificationLevels", index, "minPoints"],
        message: `Mức ${level.code}: nêu ngưỡng theo % hoặc theo điểm, không cả hai.`,
      });
    const previous = levels[index - 1];
    if (!previous) return;
    const [above, here] = [thresholdOf(previous), thresholdOf(level)];
    const rises = above.value === null || (above.unit === here.unit && (here.value ?? 0) > above.value);
    if (rises)
      context.addIssue({
        code: "custom",
        path: ["classificationLevels", index, here.field],
        message: `Các mức xếp loại xếp từ cao xuống thấp: ngưỡng của ${level.code} không được cao hơn mức trên (${previous.code}).`,
      });
  });
}

/** Assigned peer cross-checking: someone scores, nobody scores itself, each scorer listed once. */
function checkAssignments(rule: CrossCheckRule, context: z.RefinementCtx): void {
  if (rule.scorers !== "assigned") return;
  const path = ["crossCheck", "assignments"];
  if (!rule.assignments.some((assignment) => assignment.unitIds.length > 0))
    context.addIssue({
      code: "custom",
      path,
      message: "Chọn ít nhất một đơn vị chấm chéo và đơn vị được chấm.",
    });
  const scorers = rule.assignments.map((assignment) => assignment.scorerUnitId);
  if (new Set(scorers).size !== scorers.length)
    context.addIssue({ code: "custom", path, message: "Mỗi đơn vị chấm chéo chỉ được liệt kê một lần." });
  if (rule.assignments.some((assignment) => assignment.unitIds.includes(assignment.scorerUnitId)))
    context.addIssue({ code: "custom", path, message: "Một đơn vị không chấm chéo chính mình." });
}

/** An award's minimum level must be one of the levels. */
function checkAwardLevels(
  rules: { awards: { minClassification: string | null }[]; classificationLevels: Level[] },
  context: z.RefinementCtx,
): void {
  const codes = new Set(rules.classificationLevels.map((level) => level.code));
  rules.awards.forEach((award, index) => {
    if (award.minClassification !== null && !codes.has(award.minClassification))
      context.addIssue({
        code: "custom",
        path: ["awards", index, "minClassification"],
        message: `Mức xếp loại “${award.minClassification}” không có trong các mức xếp loại.`,
      });
  });
}

/** The bloc-year's rules document, checked on every write and every read (BlocYear.rules). */
export const scoringRulesSchema = z
  .object({
    taskCompletion: z.object({
      onTimeShare: basisPoints("Tỷ lệ điểm khi đúng hạn"),
      lateShare: basisPoints("Tỷ lệ điểm khi trễ hạn"),
      lateReductionPerDay: basisPoints("Mức giảm mỗi ngày trễ"),
      lateFloorShare: basisPoints("Mức sàn khi trễ hạn"),
      notDoneDeductionPoints: centipoints("Điểm trừ mỗi nhiệm vụ không hoàn thành"),
      notDoneDeductionCriterionId: recordId().nullable(),
      notYetDue: z.enum(["exclude", "countAsZero"]),
    }),
    allowSelfScoreFallback: z.boolean(),
    classificationLevels: z
      .array(
        z.object({
          code: z
            .string()
            .min(1, { error: "Vui lòng nhập mã mức xếp loại." })
            .regex(/^[A-Z0-9_]{1,20}$/, { error: "Mã xếp loại gồm chữ in hoa không dấu, số hoặc dấu _." }),
          label: label("tên mức xếp loại", 120),
          minPercentOfMax: basisPoints("Ngưỡng tổng điểm").nullable(),
          minPoints: centipoints("Ngưỡng điểm").nullable().default(null),
          minShareEveryCriterion: basisPoints("Ngưỡng mỗi tiêu chí").nullable(),
          keyTasks: z.enum(KEY_TASK_CONDITIONS).default("any"),
        }),
      )
      .min(1, { error: "Cần ít nhất một mức xếp loại." })
      .max(10),
    tieBreaks: z.array(z.enum(TIE_BREAK_RULES)).max(TIE_BREAK_RULES.length),
    awards: z.array(awardSchema).max(20),
    leadingAwardFallback: z.enum(["blocDecides", "nextEligible"]).default("blocDecides"),
    totals: z
      .object({
        allowNegative: z.boolean(),
        classifyOn: z.enum(["total", "base"]),
        rounding: z.enum(["perCriterion", "atTotal"]).default("perCriterion"),
      })
      .default({ allowNegative: false, classifyOn: "total", rounding: "perCriterion" }),
    // Documents saved before peer cross-checking read as today's: one cross-check by the secretariat.
    crossCheck: z
      .object({
        scorers: z.enum(CROSS_CHECK_SCORERS),
        combine: z.enum(CROSS_CHECK_COMBINES),
        assignments: z
          .array(z.object({ scorerUnitId: recordId(), unitIds: z.array(recordId()).max(200) }))
          .max(200)
          .default([]),
      })
      .default({ scorers: "secretariat", combine: "mean", assignments: [] }),
    membership: z.enum(["yearEndMembersOnly", "prorateByMembership"]),
    // Documents saved before the phones' ballot read as two thirds of the members.
    ballotQuorum: basisPoints("Túc số bỏ phiếu").default(6666),
  })
  .superRefine((rules, context) => {
    if (new Set(rules.tieBreaks).size !== rules.tieBreaks.length) {
      context.addIssue({
        code: "custom",
        path: ["tieBreaks"],
        message: "Mỗi tiêu chí phụ chỉ dùng một lần trong chuỗi.",
      });
    }
    rules.awards.forEach((award, index) => {
      const first = rules.awards.findIndex((other) => other.code === award.code);
      if (first < index)
        context.addIssue({
          code: "custom",
          path: ["awards", index, "code"],
          message: `Mã ${award.code} đã dùng cho danh hiệu thứ ${first + 1}: mỗi danh hiệu cần một mã riêng.`,
        });
    });
    if (rules.awards.filter((award) => award.isLeadingAward).length > 1) {
      context.addIssue({
        code: "custom",
        path: ["awards"],
        message: "Chỉ một danh hiệu được đánh dấu là danh hiệu dẫn đầu.",
      });
    }
    checkLevelsBestFirst(rules.classificationLevels, context);
    checkAssignments(rules.crossCheck, context);
    checkAwardLevels(rules, context);
    if (rules.taskCompletion.lateShare > rules.taskCompletion.onTimeShare) {
      context.addIssue({
        code: "custom",
        path: ["taskCompletion", "lateShare"],
        message: "Tỷ lệ điểm khi trễ hạn không được cao hơn khi đúng hạn.",
      });
    }
    if (rules.taskCompletion.lateFloorShare > rules.taskCompletion.lateShare) {
      context.addIssue({
        code: "custom",
        path: ["taskCompletion", "lateFloorShare"],
        message: "Mức sàn không được cao hơn tỷ lệ điểm khi trễ hạn.",
      });
    }
    if (
      rules.taskCompletion.notDoneDeductionPoints > 0 &&
      !rules.taskCompletion.notDoneDeductionCriterionId
    ) {
      context.addIssue({
        code: "custom",
        path: ["taskCompletion", "notDoneDeductionCriterionId"],
        message: "Chọn mục điểm trừ để ghi điểm trừ nhiệm vụ không hoàn thành.",
      });
    }
  }) satisfies z.ZodType<ScoringRules>;
