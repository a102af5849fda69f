import "server-only";
import { formatDate } from "@/domain/calendar";
import type { UpdateMembershipInput } from "@/schemas/members/membership";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { assertWithinYear, authorizeMembersWrite, auditDay } from "./write-context";

/** Join and leave dates of one member in one year; marking a unit as having left sets leftOn. */
export async function updateMembership(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: UpdateMembershipInput,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.membership.findUnique({
      where: { id: input.membershipId },
      select: { id: true, blocYearId: true, joinedOn: true, leftOn: true, version: true },
    });
    if (!before) throw new ForbiddenError();
    const year = await authorizeMembersWrite(tx, user, {
      blocYearId: before.blocYearId,
      activity: "members",
    });
    assertWithinYear(input.joinedOn, year.year, "Ngày tham gia");
    if (input.leftOn) assertWithinYear(input.leftOn, year.year, "Ngày rời khối");
    const { count } = await tx.membership.updateMany({
      where: { id: before.id, version: input.version },
      data: { joinedOn: input.joinedOn, leftOn: input.leftOn, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await tx.membership.findUniqueOrThrow({
        where: { id: before.id },
        select: { joinedOn: true, leftOn: true },
      });
      throw new ConflictError(
        `Người khác vừa sửa thành viên này (hiện: tham gia ${formatDate(now.joinedOn)}, rời khối ${formatDate(now.leftOn)}). Giá trị bạn nhập vẫn còn trong ô; bấm Lưu lần nữa để ghi đè.`,
      );
    }
    for (const field of ["joinedOn", "leftOn"] as const) {
      if (auditDay(before[field]) === auditDay(input[field])) continue;
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: year.id,
        entity: "Membership",
        entityId: before.id,
        action: "update",
        field,
        oldValue: auditDay(before[field]),
        newValue: auditDay(input[field]),
      });
    }
    return { version: input.version + 1 };
  });
}
