import { z } from "zod";
import { awardCodeField, optionalDate, optionalText, rowId, versionField } from "./fields";

export const PROPOSAL_STATUSES = ["PROPOSED", "APPROVED", "REJECTED", "WITHDRAWN"] as const;

export const createProposalSchema = z.object({
  blocYearId: rowId,
  unitId: rowId,
  awardCode: awardCodeField,
});

/** Approval and rejection are decisions of the council: they need the decision's number and date. */
export const changeProposalStatusSchema = z
  .object({
    proposalId: rowId,
    version: versionField,
    status: z.enum(PROPOSAL_STATUSES, { error: "Vui lòng chọn trạng thái." }),
    decisionNumber: optionalText("số quyết định", 100),
    decisionDate: optionalDate("ngày quyết định"),
  })
  .superRefine((input, context) => {
    if (input.status !== "APPROVED" && input.status !== "REJECTED") return;
    if (!input.decisionNumber)
      context.addIssue({ code: "custom", path: ["decisionNumber"], message: "Vui lòng nhập số quyết định." });
    if (!input.decisionDate)
      context.addIssue({ code: "custom", path: ["decisionDate"], message: "Vui lòng chọn ngày quyết định." });
  });

export type CreateProposalInput = z.infer<typeof createProposalSchema>;
export type ChangeProposalStatusInput = z.infer<typeof changeProposalStatusSchema>;
