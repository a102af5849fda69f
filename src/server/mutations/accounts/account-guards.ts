import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { GRANT_KIND_LABEL } from "@/domain/vocabulary";
import { grantKey, type GrantInput } from "@/schemas/accounts/account";
import { activeOnWhere } from "@/server/mutations/province/active-agencies";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError, UserFacingError } from "@/server/errors";

/**
 * Account changes of one province run one at a time, so two admins cannot each remove the
 * other's admin grant (or deactivate each other) and leave the province with none.
 */
export async function lockProvinceAccounts(tx: AppTransaction, provinceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`accounts:${provinceId}`}))`;
}

/** Every bloc and unit the grants name must be the province's own: ids from the form prove nothing. */
export async function requireScopesInProvince(
  tx: AppTransaction,
  provinceId: string,
  grants: GrantInput[],
): Promise<void> {
  const blocIds = [...new Set(grants.flatMap((grant) => (grant.blocId ? [grant.blocId] : [])))];
  const unitIds = [...new Set(grants.flatMap((grant) => (grant.unitId ? [grant.unitId] : [])))];
  const [blocs, units] = await Promise.all([
    tx.bloc.count({ where: { id: { in: blocIds }, provinceId } }),
    tx.unit.count({ where: { id: { in: unitIds }, provinceId } }),
  ]);
  if (blocs !== blocIds.length || units !== unitIds.length)
    throw new UserFacingError("Có khối hoặc đơn vị không thuộc tỉnh. Vui lòng tải lại trang và chọn lại.");
}

/**
 * A grant newly scoped to an agency (a leader, or head-unit staff) needs the agency active today:
 * nobody leads a deactivated or merged-away agency. A grant the account already holds stays, so
 * its other changes can still be saved.
 */
export async function requireNewGrantsOnActiveAgencies(
  tx: AppTransaction,
  provinceId: string,
  grants: GrantInput[],
  held: GrantInput[] = [],
): Promise<void> {
  const heldKeys = new Set(held.map(grantKey));
  const unitIds = [
    ...new Set(
      grants.flatMap((grant) => (grant.unitId && !heldKeys.has(grantKey(grant)) ? [grant.unitId] : [])),
    ),
  ];
  if (unitIds.length === 0) return;
  const active = await tx.unit.count({
    where: { id: { in: unitIds }, ...activeOnWhere(provinceId, todayInVietnam()) },
  });
  if (active !== unitIds.length)
    throw new UserFacingError(
      "Không thể cấp quyền theo một đơn vị đã ngừng hoạt động hoặc đã sáp nhập. Vui lòng tải lại trang và chọn lại.",
    );
}

/** The province keeps at least one active account holding a province admin grant. */
export async function requireAnAdminLeft(tx: AppTransaction, provinceId: string): Promise<void> {
  const admins = await tx.user.count({
    where: { provinceId, active: true, grants: { some: { kind: "PROVINCE_ADMIN", provinceId } } },
  });
  if (admins === 0)
    throw new UserFacingError(
      "Không thể bỏ quyền quản trị của tài khoản quản trị cuối cùng của tỉnh. Hãy cấp quyền quản trị cho người khác trước.",
    );
}

/** The account to change, if it is of the admin's province; the same refusal when it is not or does not exist. */
export async function findProvinceAccount(tx: AppTransaction, provinceId: string, userId: string) {
  const account = await tx.user.findFirst({
    where: { id: userId, provinceId },
    select: {
      id: true,
      username: true,
      displayName: true,
      active: true,
      grants: { select: { kind: true, blocId: true, unitId: true } },
    },
  });
  if (!account) throw new ForbiddenError();
  return account;
}

/**
 * Grants as the audit log shows them, in words and a stable order: "Thư ký khối (Khối …);
 * Lãnh đạo đơn vị (Sở …)". Names are those of the moment of the change.
 */
export async function describeGrants(tx: AppTransaction, grants: GrantInput[]): Promise<string> {
  const blocIds = grants.flatMap((grant) => (grant.blocId ? [grant.blocId] : []));
  const unitIds = grants.flatMap((grant) => (grant.unitId ? [grant.unitId] : []));
  const [blocs, units] = await Promise.all([
    tx.bloc.findMany({ where: { id: { in: blocIds } }, select: { id: true, name: true } }),
    tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, ...NAMED_UNIT.select } }),
  ]);
  const blocName = new Map(blocs.map((bloc) => [bloc.id, bloc.name]));
  const today = todayInVietnam();
  const unitName = new Map(units.map((unit) => [unit.id, storedNameOn(unit.names, today)?.name ?? ""]));
  const described = grants.map((grant) => {
    const scope = grant.blocId
      ? blocName.get(grant.blocId)
      : grant.unitId
        ? unitName.get(grant.unitId)
        : null;
    return `${GRANT_KIND_LABEL[grant.kind]}${scope ? ` (${scope})` : ""}`;
  });
  return described.sort(compareVietnamese).join("; ") || "không có quyền nào";
}
