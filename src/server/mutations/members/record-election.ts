import "server-only";
import type { RecordElectionInput } from "@/schemas/members/roles";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { assertMembers } from "./find-member-units";
import { replaceRoles, type WantedRole } from "./replace-roles";
import { authorizeMembersWrite } from "./write-context";

/**
 * The election of a year's head, standing deputy and deputies (one head, at most one standing
 * deputy: the schema's shape). Roles go to members of the year only; the election takes place at
 * the review conference, in December of the year before or early in the year itself.
 */
export async function recordElection(prisma: AppPrismaClient, user: SessionUser, input: RecordElectionInput) {
  return prisma.$transaction(async (tx) => {
    const year = await authorizeMembersWrite(tx, user, { blocYearId: input.blocYearId, activity: "roles" });
    const electedYear = input.electedOn.getUTCFullYear();
    if (electedYear !== year.year && electedYear !== year.year - 1) {
      throw new UserFacingError(`Ngày bầu phải trong năm ${year.year - 1} hoặc ${year.year}.`);
    }
    const seat = (unitId: string, role: WantedRole["role"]): WantedRole => ({
      unitId,
      role,
      electedOn: input.electedOn,
      decisionRef: input.decisionRef,
    });
    const wanted = [
      seat(input.headUnitId, "HEAD"),
      ...(input.standingDeputyUnitId ? [seat(input.standingDeputyUnitId, "STANDING_DEPUTY")] : []),
      ...input.deputyUnitIds.map((unitId) => seat(unitId, "DEPUTY")),
    ];
    await assertMembers(
      tx,
      year.id,
      wanted.map((role) => role.unitId),
    );
    await replaceRoles(tx, { actorId: user.id, blocYearId: year.id, stamp: input.rolesStamp, wanted });
    return { roles: wanted.length };
  });
}
