import type { ScoringInput } from "./input";
import { scopeOf } from "./input-index";
import type { MemberScopes } from "./membership";
import type { IneligibilityCode, Reason } from "./result";

/** Decree 98/2023/NĐ-CP Art. 4: units in these situations may not be proposed for an award. */
const FLAGS: readonly { code: IneligibilityCode; message: string }[] = [
  { code: "underDisciplinaryReview", message: "Đang trong thời gian xem xét kỷ luật" },
  { code: "underInvestigation", message: "Đang bị điều tra" },
  { code: "underInspection", message: "Đang trong thời gian thanh tra, kiểm tra" },
  { code: "unresolvedComplaint", message: "Có đơn thư khiếu nại, tố cáo chưa được giải quyết" },
];

/** Reasons a unit may not be proposed, by unit; several rows for a unit add up. */
export function indexIneligibility(
  input: ScoringInput,
  scopes: MemberScopes,
): Map<string, Reason<IneligibilityCode>[]> {
  const raised = new Map<string, Set<IneligibilityCode>>();
  for (const flags of input.eligibility) {
    scopeOf(scopes, flags.unitId, "Tình trạng đủ điều kiện khen thưởng");
    const codes = raised.get(flags.unitId) ?? new Set<IneligibilityCode>();
    for (const { code } of FLAGS) if (flags[code] === true) codes.add(code);
    raised.set(flags.unitId, codes);
  }
  const reasons = new Map<string, Reason<IneligibilityCode>[]>();
  for (const [unitId, codes] of raised) {
    const list = FLAGS.filter((flag) => codes.has(flag.code));
    if (list.length > 0)
      reasons.set(
        unitId,
        list.map(({ code, message }) => ({ code, message: `${message} (Điều 4 Nghị định 98/2023/NĐ-CP).` })),
      );
  }
  return reasons;
}
