import "server-only";
import { suggestNextRoles } from "@/domain/rotation/suggest-next-roles";
import type { ApplyRotationInput } from "@/schemas/members/roles";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { findNextBlocYearId } from "@/server/queries/find-next-bloc-year-id";
import { replaceRoles } from "./replace-roles";
import { authorizeMembersWrite } from "./write-context";

/**
 * Writes the rotation rule's suggestion for year N+1 (computed here from year N, never taken from
 * the form) as N+1's head and standing deputy; N+1's other deputies stay. Editable afterwards.
 */
export async function applyRotation(prisma: AppPrismaClient, user: SessionUser, input: ApplyRotationInput) {
  return prisma.$transaction(async (tx) => {
    const from = await authorizeBlocYear(tx, { user, blocYearId: input.fromBlocYearId, action: "manage" });
    const source = await tx.blocYear.findUniqueOrThrow({
      where: { id: from.id },
      select: {
        year: true,
        blocId: true,
        bloc: { select: { rotationRule: true } },
        roles: { orderBy: [{ electedOn: "asc" }, { id: "asc" }], select: { unitId: true, role: true } },
      },
    });
    const nextId = await findNextBlocYearId(tx, source);
    if (!nextId)
      throw new UserFacingError(`Chưa có năm ${source.year + 1}. Hãy tạo năm ${source.year + 1} trước.`);
    const year = await authorizeMembersWrite(tx, user, { blocYearId: nextId, activity: "roles" });
    const continuing = await tx.membership.findMany({
      where: { blocYearId: year.id, leftOn: null },
      select: { unitId: true },
    });
    const suggestion = suggestNextRoles({
      rule: source.bloc.rotationRule,
      roles: source.roles,
      continuingUnitIds: new Set(continuing.map((m) => m.unitId)),
    });
    if (!suggestion || suggestion.roles.length === 0)
      throw new UserFacingError("Không có gợi ý vai trò nào để áp dụng.");
    const suggested = new Set(suggestion.roles.map((role) => role.unitId));
    const keptDeputies = await tx.roleAssignment.findMany({
      where: { blocYearId: year.id, role: "DEPUTY", unitId: { notIn: [...suggested] } },
      select: { unitId: true, role: true, electedOn: true, decisionRef: true },
    });
    const wanted = [
      ...suggestion.roles.map((role) => ({
        ...role,
        electedOn: input.electedOn,
        decisionRef: input.decisionRef,
      })),
      ...keptDeputies,
    ];
    await replaceRoles(tx, { actorId: user.id, blocYearId: year.id, stamp: input.rolesStamp, wanted });
    return { year: year.year };
  });
}
