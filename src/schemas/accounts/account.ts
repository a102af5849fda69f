import { z } from "zod";
import { GRANT_KIND_LABEL, GRANT_SCOPE } from "@/domain/vocabulary";
import { recordId } from "../record-id";
import { requiredText } from "../text";

export const GRANT_KINDS = [
  "PROVINCE_ADMIN",
  "BLOC_SECRETARIAT",
  "VIEWER",
  "AGENCY_LEADER",
  "AGENCY_SECRETARIAT_STAFF",
] as const;

const scopeId = recordId({ invalid: "Phạm vi của quyền không hợp lệ. Vui lòng tải lại trang." });

/**
 * One grant as the form sends it, reduced to the scope its kind uses: a bloc for a bloc
 * secretariat, a unit for a leader or head-unit staff, none for a province admin, a bloc or none
 * (the whole province) for a viewer. That a needed scope was chosen is checked on the list, which
 * can name the row; that the bloc or unit is the admin's province's is the mutation's check.
 */
const grantInputSchema = z
  .object({
    kind: z.enum(GRANT_KINDS, { error: "Vui lòng chọn loại quyền." }),
    blocId: scopeId.nullish(),
    unitId: scopeId.nullish(),
  })
  .transform(({ kind, blocId, unitId }) => {
    const level = GRANT_SCOPE[kind];
    const usesBloc = level === "BLOC" || level === "BLOC_OR_PROVINCE";
    return {
      kind,
      blocId: usesBloc ? (blocId ?? null) : null,
      unitId: level === "UNIT" ? (unitId ?? null) : null,
    };
  });

export type GrantInput = z.output<typeof grantInputSchema>;

/** The grants field: a JSON list sent by the grants editor, at least one, none twice. */
const grantsField = z
  .string({ error: "Vui lòng chọn ít nhất một quyền." })
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "Danh sách quyền không hợp lệ. Vui lòng tải lại trang." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(grantInputSchema, { error: "Danh sách quyền không hợp lệ. Vui lòng tải lại trang." })
      .min(1, { error: "Vui lòng chọn ít nhất một quyền." })
      .max(20, { error: "Một tài khoản có tối đa 20 quyền." })
      .superRefine((grants, context) => {
        const problem = grantListProblem(grants);
        if (problem) context.addIssue({ code: "custom", message: problem });
      }),
  );

/**
 * The first row of the grants editor that cannot be saved, named as the editor numbers its rows
 * ("Quyền 2"), or null when every row is complete and none repeats another.
 */
function grantListProblem(grants: GrantInput[]): string | null {
  const seen = new Map<string, number>();
  for (const [index, grant] of grants.entries()) {
    const row = `Quyền ${index + 1} (${GRANT_KIND_LABEL[grant.kind]})`;
    const level = GRANT_SCOPE[grant.kind];
    if (level === "BLOC" && grant.blocId === null) return `${row}: chưa chọn khối.`;
    if (level === "UNIT" && grant.unitId === null) return `${row}: chưa chọn cơ quan, đơn vị.`;
    const first = seen.get(grantKey(grant));
    if (first !== undefined) return `${row} trùng với quyền ${first + 1}: hãy bỏ một trong hai.`;
    seen.set(grantKey(grant), index);
  }
  return null;
}

export const grantKey = (grant: GrantInput) => `${grant.kind}:${grant.blocId ?? ""}:${grant.unitId ?? ""}`;

export const createAccountSchema = z.object({
  username: requiredText("tên đăng nhập", 100).pipe(
    z.string().regex(/^[\p{L}\p{N}._-]+$/u, { error: "Tên đăng nhập chỉ gồm chữ, số và các dấu . _ -" }),
  ),
  displayName: requiredText("họ và tên", 100),
  grants: grantsField,
});
export type CreateAccountInput = z.output<typeof createAccountSchema>;

export const updateAccountSchema = z.object({
  userId: recordId(),
  /** The account as the form showed it (accountVersion), to refuse a save over another's change. */
  version: z.string({ error: "Biểu mẫu đã cũ. Vui lòng tải lại trang." }).max(10_000),
  displayName: requiredText("họ và tên", 100),
  grants: grantsField,
});
export type UpdateAccountInput = z.output<typeof updateAccountSchema>;

export const accountIdSchema = z.object({ userId: recordId() });

export const setAccountActiveSchema = z.object({
  userId: recordId(),
  active: z
    .enum(["true", "false"], { error: "Thao tác không hợp lệ." })
    .transform((value) => value === "true"),
});

export const ACCOUNT_STATUSES = ["active", "inactive", "all"] as const;

/** The list's search box and status filter, from the page's query string; anything odd is ignored. */
export const accountFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  trang_thai: z.enum(ACCOUNT_STATUSES).catch("active"),
});
