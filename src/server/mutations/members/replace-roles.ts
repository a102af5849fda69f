import "server-only";
import type { AuditFieldOf } from "@/domain/audit";
import { yearEnd } from "@/domain/calendar";
import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { BlocRole } from "@/generated/prisma/enums";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { recordAudit } from "../record-audit";
import { rolesStamp } from "./roles-stamp";
import { auditDay, lockFor } from "./write-context";

export type WantedRole = { unitId: string; role: BlocRole; electedOn: Date; decisionRef: string | null };
type Options = { actorId: string; blocYearId: string; stamp: string; wanted: readonly WantedRole[] };

/** Makes the year's roles exactly `wanted`, if they are still what the form showed; audits each change. */
export async function replaceRoles(tx: AppTransaction, options: Options): Promise<void> {
  const { actorId, blocYearId } = options;
  await lockFor(tx, `roles:${blocYearId}`);
  const current = await tx.roleAssignment.findMany({
    where: { blocYearId },
    select: { id: true, unitId: true, role: true, electedOn: true, decisionRef: true, version: true },
  });
  if (rolesStamp(current) !== options.stamp) {
    const now = (await describeRoles(tx, blocYearId)) || "chưa có vai trò";
    throw new ConflictError(
      `Người khác vừa cập nhật vai trò của năm này (hiện: ${now}). Lựa chọn của bạn vẫn còn trên biểu mẫu; bấm Lưu lần nữa để ghi đè.`,
    );
  }
  const base = { actorId, blocYearId, entity: "RoleAssignment" } as const;
  // An edited role says which role it is: the row's own fields do not name it.
  const audit = (
    row: { id: string; role: BlocRole },
    field: AuditFieldOf<"RoleAssignment">,
    oldValue?: string | null,
    newValue?: string | null,
  ) =>
    recordAudit(tx, {
      ...base,
      entityId: row.id,
      subject: BLOC_ROLE_LABEL[row.role],
      action: "update",
      field,
      oldValue: oldValue ?? undefined,
      newValue: newValue ?? undefined,
    });
  const wantedUnits = new Set(options.wanted.map((role) => role.unitId));
  for (const row of current.filter((candidate) => !wantedUnits.has(candidate.unitId))) {
    await tx.roleAssignment.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      ...base,
      entityId: row.id,
      action: "delete",
      oldValue: { unitId: row.unitId, role: row.role },
    });
  }
  for (const wanted of options.wanted) {
    const row = current.find((candidate) => candidate.unitId === wanted.unitId);
    const data = { role: wanted.role, electedOn: wanted.electedOn, decisionRef: wanted.decisionRef };
    if (!row) {
      const created = await tx.roleAssignment.create({
        data: { ...data, blocYearId, unitId: wanted.unitId },
        select: { id: true },
      });
      await recordAudit(tx, {
        ...base,
        entityId: created.id,
        action: "create",
        newValue: { unitId: wanted.unitId, role: wanted.role, electedOn: auditDay(wanted.electedOn) },
      });
      continue;
    }
    const compared: [AuditFieldOf<"RoleAssignment">, string | null | undefined, string | null | undefined][] =
      [
        ["role", row.role, wanted.role],
        ["electedOn", auditDay(row.electedOn), auditDay(wanted.electedOn)],
        ["decisionRef", row.decisionRef, wanted.decisionRef],
      ];
    const changes = compared.filter(([, before, after]) => (before ?? null) !== (after ?? null));
    if (changes.length === 0) continue;
    await tx.roleAssignment.update({ where: { id: row.id }, data: { ...data, version: { increment: 1 } } });
    for (const [field, before, after] of changes) await audit(row, field, before, after);
  }
}

/** The year's roles in words, whom each seat went to ("Sở Công Thương là Trưởng khối"), by year-end names. */
async function describeRoles(tx: AppTransaction, blocYearId: string): Promise<string> {
  const { year, roles } = await tx.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { year: true, roles: { select: { role: true, unit: NAMED_UNIT }, orderBy: { role: "asc" } } },
  });
  return roles
    .map(
      (row) => `${storedNameOn(row.unit.names, yearEnd(year))?.name ?? "?"} là ${BLOC_ROLE_LABEL[row.role]}`,
    )
    .join(", ");
}
