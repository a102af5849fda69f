import "server-only";
import type { SaveSignatureInput } from "@/schemas/pledge/pledge";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { assertMembers } from "../members/find-member-units";
import { assertOwesSignature } from "./owes-signature";
import { authorizeMembersWrite, auditDay, withUniqueConflict } from "../members/write-context";

const FIELDS = ["signerName", "signerTitle", "signedOn"] as const;
const conflict = (name?: string) =>
  `Người khác vừa sửa chữ ký của đơn vị này${name ? ` (người ký hiện tại: ${name})` : ""}. Giá trị bạn nhập vẫn còn trong ô; bấm Lưu lần nữa để ghi đè.`;

/** One member's signature row on the pledge: created on first save (version 0), then versioned. */
export async function saveSignature(prisma: AppPrismaClient, user: SessionUser, input: SaveSignatureInput) {
  return withUniqueConflict(
    () =>
      prisma.$transaction(async (tx) => {
        const year = await authorizeMembersWrite(tx, user, {
          blocYearId: input.blocYearId,
          activity: "pledge",
        });
        await assertMembers(tx, year.id, [input.unitId]);
        const pledge = await tx.pledge.findUnique({
          where: { blocYearId: year.id },
          select: { id: true, signedOn: true },
        });
        if (!pledge) throw new UserFacingError("Hãy lưu nội dung giao ước trước khi ghi chữ ký.");
        await assertOwesSignature(tx, { blocYearId: year.id, unitId: input.unitId, pledge });
        const key = { pledgeId: pledge.id, unitId: input.unitId };
        const before = await tx.pledgeSignature.findUnique({
          where: { pledgeId_unitId: key },
          select: { id: true, signerName: true, signerTitle: true, signedOn: true },
        });
        const data = {
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          signedOn: input.signedOn,
        };
        if (input.version === 0) {
          if (before) throw new ConflictError(conflict(before.signerName));
          const created = await tx.pledgeSignature.create({
            data: { ...key, ...data },
            select: { id: true },
          });
          await recordAudit(tx, {
            actorId: user.id,
            blocYearId: year.id,
            entity: "PledgeSignature",
            entityId: created.id,
            action: "create",
            newValue: { ...data, unitId: input.unitId, signedOn: auditDay(input.signedOn) },
          });
          return { version: 1 };
        }
        const { count } = await tx.pledgeSignature.updateMany({
          where: { ...key, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0 || !before) throw new ConflictError(conflict(before?.signerName));
        for (const field of FIELDS) {
          const [oldValue, newValue] =
            field === "signedOn"
              ? [auditDay(before.signedOn), auditDay(input.signedOn)]
              : [before[field], input[field]];
          if (oldValue === newValue) continue;
          await recordAudit(tx, {
            actorId: user.id,
            blocYearId: year.id,
            entity: "PledgeSignature",
            entityId: before.id,
            action: "update",
            field,
            oldValue,
            newValue,
          });
        }
        return { version: input.version + 1 };
      }),
    conflict(),
  );
}
