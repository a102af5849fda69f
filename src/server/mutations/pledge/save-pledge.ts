import "server-only";
import type { SavePledgeInput } from "@/schemas/pledge/pledge";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { authorizeMembersWrite, auditDay, withUniqueConflict } from "../members/write-context";

const CREATED_MEANWHILE =
  "Người khác vừa tạo giao ước cho năm này. Nội dung bạn nhập vẫn còn trong ô; bấm Lưu lần nữa để ghi đè.";

/** The pledge's title, text and signing date: created on first save (version 0), then versioned. */
export async function savePledge(prisma: AppPrismaClient, user: SessionUser, input: SavePledgeInput) {
  return withUniqueConflict(
    () =>
      prisma.$transaction(async (tx) => {
        const year = await authorizeMembersWrite(tx, user, {
          blocYearId: input.blocYearId,
          activity: "pledge",
        });
        const before = await tx.pledge.findUnique({
          where: { blocYearId: year.id },
          select: { id: true, title: true, body: true, signedOn: true },
        });
        const data = { title: input.title, body: input.body, signedOn: input.signedOn };
        if (input.version === 0) {
          if (before) throw new ConflictError(CREATED_MEANWHILE);
          const created = await tx.pledge.create({
            data: { ...data, blocYearId: year.id },
            select: { id: true },
          });
          await recordAudit(tx, {
            actorId: user.id,
            blocYearId: year.id,
            entity: "Pledge",
            entityId: created.id,
            action: "create",
            newValue: { title: input.title, signedOn: auditDay(input.signedOn) },
          });
          return { version: 1 };
        }
        const { count } = await tx.pledge.updateMany({
          where: { blocYearId: year.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0 || !before) {
          throw new ConflictError(
            `Người khác vừa sửa giao ước${before ? ` (tiêu đề hiện tại: “${before.title}”)` : ""}. Nội dung bạn nhập vẫn còn trong ô; bấm Lưu lần nữa để ghi đè.`,
          );
        }
        const changes = [
          ["title", before.title, input.title],
          ["body", before.body, input.body],
          ["signedOn", auditDay(before.signedOn), auditDay(input.signedOn)],
        ] as const;
        for (const [field, oldValue, newValue] of changes) {
          if (oldValue === newValue) continue;
          await recordAudit(tx, {
            actorId: user.id,
            blocYearId: year.id,
            entity: "Pledge",
            entityId: before.id,
            action: "update",
            field,
            oldValue,
            newValue,
          });
        }
        return { version: input.version + 1 };
      }),
    CREATED_MEANWHILE,
  );
}
