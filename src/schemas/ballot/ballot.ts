import { z } from "zod";
import { readCode } from "@/domain/ballot/ballot-code";
import { awardCodeField, rowId, versionField } from "@/schemas/awards/fields";
import { requiredText } from "@/schemas/text";

/** The candidates the secretariat puts to the vote: "unitId:awardCode" pairs, as the form's checkboxes post them. */
export const openBallotSchema = z.object({
  blocYearId: rowId,
  candidates: z
    .array(
      z
        .string()
        .transform((value) => value.split(":"))
        .pipe(z.tuple([rowId, awardCodeField]))
        .transform(([unitId, awardCode]) => ({ unitId, awardCode })),
    )
    .min(1, { error: "Chọn ít nhất một ứng viên để bỏ phiếu." })
    .max(100, { error: "Tối đa 100 ứng viên trong một lần bỏ phiếu." }),
});
export type OpenBallotInput = z.output<typeof openBallotSchema>;

export const ballotStepSchema = z.object({ ballotId: rowId, version: versionField });
export type BallotStepInput = z.output<typeof ballotStepSchema>;

export const cancelBallotSchema = ballotStepSchema.extend({ reason: requiredText("lý do hủy", 500) });
export type CancelBallotInput = z.output<typeof cancelBallotSchema>;

const CHOICES = ["AGREE", "DISAGREE", "ABSTAIN"] as const;

/** A delegate's paper: the code and one choice per candidate ("phieu-<candidateId>" fields). */
export const castBallotSchema = z.object({
  code: z.string({ error: "Vui lòng nhập mã bỏ phiếu." }).transform((value, context) => {
    const code = readCode(value);
    if (code === null) {
      context.addIssue({
        code: "custom",
        message: "Mã bỏ phiếu gồm 8 ký tự in trên phiếu, ví dụ K7PM-3QXD.",
      });
      return z.NEVER;
    }
    return code;
  }),
  choices: z.record(rowId, z.enum(CHOICES, { error: "Vui lòng chọn ý kiến cho mỗi ứng viên." })),
});
export type CastBallotInput = z.output<typeof castBallotSchema>;
