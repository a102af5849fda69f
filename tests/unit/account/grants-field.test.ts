import { describe, expect, it } from "vitest";
import { createAccountSchema } from "@/schemas/accounts/account";

const BLOC = "cm0bloc0000000000000000a";
const UNIT = "cm0unit0000000000000000a";

/** The grants editor's rows, as its hidden field sends them. */
const grantsError = (grants: unknown[]) => {
  const parsed = createAccountSchema.safeParse({
    username: "thuky.moi",
    displayName: "Thư ký mới",
    grants: JSON.stringify(grants),
  });
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message);
};

describe("the grants field names the row that cannot be saved", () => {
  it.each([
    [
      "a bloc secretariat without a bloc",
      [{ kind: "VIEWER" }, { kind: "BLOC_SECRETARIAT", blocId: null }],
      "Quyền 2 (Thư ký khối): chưa chọn khối.",
    ],
    [
      "a leader without a unit",
      [{ kind: "AGENCY_LEADER", unitId: null }],
      "Quyền 1 (Lãnh đạo đơn vị): chưa chọn cơ quan, đơn vị.",
    ],
    [
      "the same grant twice",
      [{ kind: "AGENCY_LEADER", unitId: UNIT }, { kind: "VIEWER" }, { kind: "AGENCY_LEADER", unitId: UNIT }],
      "Quyền 3 (Lãnh đạo đơn vị) trùng với quyền 1: hãy bỏ một trong hai.",
    ],
  ])("%s", (_case, grants, message) => {
    expect(grantsError(grants)).toEqual([message]);
  });

  it("accepts complete, distinct rows", () => {
    expect(
      grantsError([
        { kind: "BLOC_SECRETARIAT", blocId: BLOC },
        { kind: "AGENCY_LEADER", unitId: UNIT },
        { kind: "VIEWER", blocId: null },
      ]),
    ).toBeNull();
  });
});
