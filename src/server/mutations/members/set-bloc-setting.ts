import "server-only";
import type { RotationRule } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocManagement } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { type ConflictError, ForbiddenError } from "@/server/errors";
import { recordAudit } from "../record-audit";

/** The bloc's own settings, changed from one of its years' pages (the members tab). */
type BlocSettings = { rotationRule: RotationRule; secretariatFollowsHeadUnit: boolean };

type Change<K extends keyof BlocSettings> = {
  blocYearId: string;
  /** The bloc's version the form showed. */
  version: number;
  field: K;
  value: BlocSettings[K];
  /** The refusal when someone else changed the bloc meanwhile, given the value now stored. */
  conflict: (current: BlocSettings[K]) => ConflictError;
};

/**
 * Changes one setting of the bloc the given year belongs to. The setting is the bloc's, not the
 * year's, so a published year does not stop it: it shapes what happens from now on. Managers of
 * the bloc only; optimistic on the bloc's version; audited under the year the change was made
 * from, whose log shows it.
 */
export async function setBlocSetting<K extends keyof BlocSettings>(
  prisma: AppPrismaClient,
  user: SessionUser,
  change: Change<K>,
) {
  return prisma.$transaction(async (tx) => {
    const year = await tx.blocYear.findUnique({
      where: { id: change.blocYearId },
      select: { id: true, blocId: true },
    });
    if (!year) throw new ForbiddenError();
    const bloc = await authorizeBlocManagement(tx, { user, blocId: year.blocId });
    const stored = () =>
      tx.bloc.findUniqueOrThrow({
        where: { id: bloc.id },
        select: { rotationRule: true, secretariatFollowsHeadUnit: true, version: true },
      });
    const before = await stored();
    if (before.version !== change.version) throw change.conflict(before[change.field]);
    // The version guard again: a change committed since the read above makes this update miss.
    const { count } = await tx.bloc.updateMany({
      where: { id: bloc.id, version: change.version },
      data: { [change.field]: change.value, version: { increment: 1 } },
    });
    if (count === 0) throw change.conflict((await stored())[change.field]);
    if (before[change.field] !== change.value) {
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: year.id,
        entity: "Bloc",
        entityId: bloc.id,
        action: "update",
        field: change.field,
        oldValue: before[change.field],
        newValue: change.value,
      });
    }
    return { version: change.version + 1 };
  });
}
