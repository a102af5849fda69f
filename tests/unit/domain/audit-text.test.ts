import { describe, expect, it } from "vitest";
import {
  AUDIT_CODE_FAMILIES,
  AUDIT_VOCABULARY,
  type AuditLookups,
  type AuditValueKind,
  describeAuditEvent,
  formatAuditScalar,
  type StoredAuditEvent,
} from "@/domain/audit";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";

const at = new Date("2025-03-10T03:00:00Z");

/** A unit renamed on 2025-03-01: the log names it as it was called on the day of each change. */
const lookups: AuditLookups = {
  unitName: (id, when) =>
    id === "cunitxaydung0000000000001"
      ? when < new Date("2025-03-01")
        ? "Sở Xây dựng"
        : "Sở Xây dựng và Giao thông"
      : undefined,
  userName: (id) => (id === "cuser000000000000000000001" ? "Trần Văn Bình" : undefined),
  criterionName: (id) => (id === "ccriterion000000000000001" ? "I.1 Công tác tham mưu" : undefined),
  sourceDocumentName: (id) => (id === "cdocument0000000000000001" ? "12/KH-UBND – Kế hoạch" : undefined),
  awardName: (code) => (code === "BANG_KHEN_UBND_TINH" ? "Bằng khen của UBND tỉnh" : undefined),
};

const event = (fields: Partial<StoredAuditEvent>): StoredAuditEvent => ({
  at,
  entity: "Task",
  action: "update",
  field: null,
  oldValue: null,
  newValue: null,
  ...fields,
});

const newText = (entity: string, field: string, value: unknown) =>
  describeAuditEvent(event({ entity, field, newValue: value }), lookups).newValue;

describe("the audit log in words", () => {
  it.each([
    ["BlocYear", "membersSeeProvisional", true, "Có"],
    ["ScoreLine", "points", 9750, "97,50 điểm"],
    ["Task", "completionShare", 7500, "75,00%"],
    ["EligibilityFlag", "since", "2024-05-02", "02/05/2024"],
    ["AwardProposal", "status", "APPROVED", "Được phê duyệt"],
    ["ScoreSheet", "status", "APPROVED", "Đã duyệt"],
    ["ScoreSheet", "status", "SUBMITTED", "Đã nộp, chờ duyệt"],
    ["RoleAssignment", "role", "HEAD", "Trưởng khối"],
    ["Criterion", "kind", "MANUAL", "Chấm tay"],
    ["Bloc", "rotationRule", "MANUAL", "Bầu tự do hằng năm"],
    ["AwardProposal", "awardCode", "BANG_KHEN_UBND_TINH", "Bằng khen của UBND tỉnh"],
    ["Task", "criterionId", "ccriterion000000000000001", "I.1 Công tác tham mưu"],
    ["Task", "sourceDocumentId", "cdocument0000000000000001", "12/KH-UBND – Kế hoạch"],
    ["Registration", "taskNumbers", [3, 7], "số 3, số 7"],
    ["EligibilityFlag", "note", null, "—"],
    ["BallotTally", "votesFor", 6, "6"],
  ])("writes %s.%s = %j as %s", (entity, field, value, shown) => {
    expect(newText(entity, field, value)).toBe(shown);
  });

  it("names a unit as it was called on the day of the change", () => {
    const before = describeAuditEvent(
      event({
        at: new Date("2025-02-01T03:00:00Z"),
        entity: "Membership",
        field: "unitId",
        newValue: "cunitxaydung0000000000001",
      }),
      lookups,
    );
    expect(before.newValue).toBe("Sở Xây dựng");
    expect(newText("Membership", "unitId", "cunitxaydung0000000000001")).toBe("Sở Xây dựng và Giao thông");
  });

  it("names a user by display name (for entities that audit who, e.g. grants)", () => {
    expect(formatAuditScalar("cuser000000000000000000001", { kind: "user", at, lookups })).toBe(
      "Trần Văn Bình",
    );
    expect(formatAuditScalar("cgone000000000000000000001", { kind: "user", at, lookups })).toBe(
      "(tài khoản không còn trong dữ liệu)",
    );
  });

  it("says a deleted or unknown thing is gone instead of showing its id or code", () => {
    expect(newText("Task", "ownerUnitId", "cgone000000000000000000001")).toBe(
      "(đơn vị không còn trong dữ liệu)",
    );
    expect(newText("Task", "criterionId", "cgone000000000000000000001")).toBe("(tiêu chí đã xóa)");
    expect(newText("AwardProposal", "awardCode", "CO_THI_DUA")).toBe(
      "(hình thức khen thưởng không còn trong quy tắc)",
    );
    expect(newText("ScoreSheet", "status", "SOMETHING_NEW")).toBe("(không rõ)");
  });

  it("writes a row given whole as labelled pairs of the entity's own fields", () => {
    const text = describeAuditEvent(
      event({
        entity: "UnitSuccession",
        action: "create",
        newValue: {
          predecessorId: "cunitxaydung0000000000001",
          successorId: "cgone000000000000000000001",
          effectiveOn: "2025-03-01",
          decisionRef: "QĐ 12",
          unknownKey: "cleftover00000000000000001",
        },
      }),
      lookups,
    );
    expect(text).toEqual({
      entity: "Sáp nhập, kế thừa đơn vị",
      action: "Thêm",
      field: null,
      oldValue: "—",
      newValue:
        "Đơn vị cũ: Sở Xây dựng và Giao thông; Đơn vị kế thừa: (đơn vị không còn trong dữ liệu); Ngày hiệu lực: 01/03/2025; Quyết định: QĐ 12",
    });
  });

  it("summarises a rules document by the parts that changed", () => {
    const before = DEFAULT_SCORING_RULES;
    const after = { ...before, allowSelfScoreFallback: !before.allowSelfScoreFallback };
    expect(
      describeAuditEvent(
        event({ entity: "BlocYear", field: "rules", oldValue: before, newValue: after }),
        lookups,
      ),
    ).toMatchObject({
      field: "Quy tắc chấm điểm",
      oldValue: "bộ quy tắc trước đó",
      newValue: "sửa dùng điểm tự chấm",
    });
  });

  it("reads rows of a name it does not know without showing the name", () => {
    expect(
      describeAuditEvent(
        event({ entity: "SomeModel", action: "frobnicate", field: "fooId", newValue: "cx" }),
        lookups,
      ),
    ).toEqual({
      entity: "Dữ liệu khác",
      action: "Thay đổi",
      field: "nội dung khác",
      oldValue: "—",
      newValue: "(không rõ)",
    });
  });
});

describe("each code family's labels serve only its own fields", () => {
  const families = Object.entries(AUDIT_CODE_FAMILIES) as [
    keyof typeof AUDIT_CODE_FAMILIES,
    Record<string, string>,
  ][];
  const codeFields = Object.entries(AUDIT_VOCABULARY).flatMap(([entity, spec]) =>
    Object.entries(spec.fields as Record<string, { kind: AuditValueKind }>).map(
      ([field, { kind }]) => [entity, field, kind] as const,
    ),
  );

  it.each(codeFields)("%s.%s (%s)", (entity, field, kind) => {
    for (const [family, labels] of families) {
      for (const [code, label] of Object.entries(labels)) {
        const shown = newText(entity, field, code);
        if (family === kind) expect(shown).toBe(label);
        // Another family's code never reads as that family's label (e.g. a criterion kind
        // "MANUAL" as the rotation rule "Bầu tự do hằng năm"), unless both families say the same.
        else if (AUDIT_CODE_FAMILIES[kind as keyof typeof AUDIT_CODE_FAMILIES]?.[code as never] !== label)
          expect(shown).not.toBe(label);
      }
    }
  });
});
