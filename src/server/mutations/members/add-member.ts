import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { AddMemberInput } from "@/schemas/members/membership";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { createUnit, duplicateUnitCode } from "./create-unit";
import { assertProvinceUnits } from "./find-member-units";
import { assertWithinYear, authorizeMembersWrite, withUniqueMessage } from "./write-context";

const ALREADY_MEMBER = "Đơn vị này đã là thành viên của khối trong năm.";

/** Adds a unit of the province (existing, or created here) to the bloc-year. */
export async function addMember(prisma: AppPrismaClient, user: SessionUser, input: AddMemberInput) {
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        const year = await authorizeMembersWrite(tx, user, {
          blocYearId: input.blocYearId,
          activity: "members",
        });
        assertWithinYear(input.joinedOn, year.year, "Ngày tham gia");
        let unitId: string;
        if (input.mode === "existing") {
          await assertProvinceUnits(tx, year.provinceId, [input.unitId]);
          unitId = input.unitId;
        } else {
          unitId = await createUnit(tx, {
            actorId: user.id,
            blocYearId: year.id,
            provinceId: year.provinceId,
            unit: input,
            validFrom: input.joinedOn,
          });
        }
        const existing = await tx.membership.count({ where: { blocYearId: year.id, unitId } });
        if (existing > 0) throw new UserFacingError(ALREADY_MEMBER);
        const membership = await tx.membership.create({
          data: { blocYearId: year.id, unitId, joinedOn: input.joinedOn },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: user.id,
          blocYearId: year.id,
          entity: "Membership",
          entityId: membership.id,
          action: "create",
          newValue: { unitId, joinedOn: toIsoDay(input.joinedOn) },
        });
        return { membershipId: membership.id, unitId };
      }),
    () => (input.mode === "new" ? duplicateUnitCode(input.code) : ALREADY_MEMBER),
  );
}
