import { z } from "zod";
import { CRITERION_KINDS, isBonusOrDeduction } from "@/domain/score-table/criteria-tree";
import { requiredText } from "@/schemas/text";
import { blankOr } from "@/schemas/blank-or";
import { idInput, optionalPointsInput, pointsInput } from "./points-input";

const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}.\-_/]*$/u;

const tableRef = {
  scoreTableId: idInput,
  /** The content hash of the tree the user saw (optimistic concurrency). */
  revision: z.string().regex(/^[0-9a-f]{64}$/, { error: "Thiếu phiên bản dữ liệu. Vui lòng tải lại trang." }),
};

const nodeFields = {
  code: requiredText("mã mục", 20).refine((code) => CODE_PATTERN.test(code), {
    error: "Mã mục gồm chữ, số, dấu chấm hoặc gạch, không có khoảng trắng (ví dụ II.1).",
  }),
  title: requiredText("tên mục", 300),
  kind: z.enum(CRITERION_KINDS, { error: "Vui lòng chọn loại mục." }),
  maxPoints: pointsInput("Điểm tối đa"),
  capPoints: optionalPointsInput("Mức trần")
    .optional()
    .transform((cap) => cap ?? null),
  /** Deductions only: the criterion they reduce instead of the total (blank: the total). */
  reducesId: blankOr(idInput).optional(),
};

function capOnlyForBonusOrDeduction(
  node: { kind: (typeof CRITERION_KINDS)[number]; capPoints: number | null; reducesId?: string | null },
  context: z.RefinementCtx,
) {
  if (node.capPoints !== null && !isBonusOrDeduction(node.kind)) {
    context.addIssue({
      code: "custom",
      path: ["capPoints"],
      message: "Chỉ điểm thưởng, điểm trừ mới có mức trần.",
    });
  }
  if (node.reducesId && node.kind !== "DEDUCTION") {
    context.addIssue({
      code: "custom",
      path: ["reducesId"],
      message: "Chỉ mục điểm trừ mới trừ vào một tiêu chí.",
    });
  }
}

const criterionId = idInput;
const parentId = blankOr(idInput);

/** One edit of the criteria tree, as the tree editor's forms send it. */
export const editCriteriaSchema = z.discriminatedUnion("operation", [
  z
    .object({ operation: z.literal("add"), ...tableRef, parentId, ...nodeFields })
    .superRefine(capOnlyForBonusOrDeduction),
  z
    .object({ operation: z.literal("update"), ...tableRef, criterionId, ...nodeFields })
    .superRefine(capOnlyForBonusOrDeduction),
  z.object({ operation: z.literal("delete"), ...tableRef, criterionId }),
  z.object({ operation: z.literal("move"), ...tableRef, criterionId, direction: z.enum(["up", "down"]) }),
]);

export type EditCriteriaInput = z.infer<typeof editCriteriaSchema>;

/** The table's title and nominal scale (100, 1000 points or any). */
export const setScoreTableScaleSchema = z.object({
  ...tableRef,
  title: requiredText("tên bảng điểm", 200),
  maxPoints: pointsInput("Thang điểm").refine((points) => points > 0, {
    error: "Thang điểm phải lớn hơn 0.",
  }),
});

export type SetScoreTableScaleInput = z.infer<typeof setScoreTableScaleSchema>;

/** A first, empty score table for a year that has none. */
export const createScoreTableSchema = z.object({
  blocYearId: idInput,
  title: requiredText("tên bảng điểm", 200),
  maxPoints: pointsInput("Thang điểm").refine((points) => points > 0, {
    error: "Thang điểm phải lớn hơn 0.",
  }),
});

export type CreateScoreTableInput = z.infer<typeof createScoreTableSchema>;
