import { z } from "zod";
import { parsePoints } from "@/domain/score-entry/parse-points";
import { requiredText } from "../text";
import { recordId } from "./record-id";

/** An optional text: blank means "none" (null); otherwise the same checks as a required text. */
const optionalText = (label: string, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    requiredText(label, max).nullable().default(null),
  );

const evidenceUrl = optionalText("đường dẫn minh chứng", 2000).refine(
  (value) => value === null || /^https?:\/\/\S+$/i.test(value),
  {
    error: "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.",
  },
);

const points = z
  .string({ error: "Vui lòng nhập điểm." })
  .max(20, { error: "Điểm không hợp lệ." })
  .transform((text, context) => {
    const parsed = parsePoints(text);
    if (parsed.ok) return parsed.centipoints;
    context.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  });

/**
 * One cell of the score grid: a unit's points on one leaf at one stage, as typed ("8,5"; blank
 * clears the cell), with its explanation and evidence. `version` is the line's version the cell
 * was loaded with (0 = no line yet): a save on top of someone else's change is refused.
 */
export const saveScoreCellSchema = z.object({
  unitId: recordId("đơn vị"),
  criterionId: recordId("tiêu chí"),
  stage: z.enum(["SELF", "CROSS_CHECK", "FINAL"], { error: "Giai đoạn chấm không hợp lệ." }),
  points,
  explanation: optionalText("giải trình", 2000),
  evidenceUrl,
  /** Peer cross-checking: the member unit whose sheet the cell is in; blank otherwise. */
  scorerUnitId: z.preprocess(
    (value) => (value === "" ? undefined : value),
    recordId("đơn vị chấm").optional(),
  ),
  version: z.coerce
    .number({ error: "Phiên bản không hợp lệ." })
    .int({ error: "Phiên bản không hợp lệ." })
    .min(0, { error: "Phiên bản không hợp lệ." })
    .max(2_000_000_000),
});

export type SaveScoreCellInput = z.infer<typeof saveScoreCellSchema>;
