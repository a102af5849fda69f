import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { ArchiveBlocInput, CreateBlocInput, RenameBlocInput } from "@/schemas/province/bloc";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { withUniqueMessage } from "../members/write-context";

const duplicateBlocCode = (code: string) => `Mã khối ${code} đã có trong tỉnh.`;

/** A new bloc of the admin's province, with no year yet. Audited. */
export async function createBloc(prisma: AppPrismaClient, user: SessionUser, input: CreateBlocInput) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        const taken = await tx.bloc.count({ where: { provinceId, code: input.code } });
        if (taken > 0) throw new UserFacingError(duplicateBlocCode(input.code));
        const bloc = await tx.bloc.create({
          data: { provinceId, code: input.code, name: input.name, foundedOn: input.foundedOn },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: user.id,
          entity: "Bloc",
          entityId: bloc.id,
          action: "create",
          newValue: { code: input.code, name: input.name, foundedOn: toIsoDay(input.foundedOn) },
        });
        return { blocId: bloc.id };
      }),
    () => duplicateBlocCode(input.code),
  );
}

/**
 * The bloc's name. Its years' documents print the bloc's current name; a published year's
 * snapshot keeps the name it was published under.
 */
export async function renameBloc(prisma: AppPrismaClient, user: SessionUser, input: RenameBlocInput) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return prisma.$transaction(async (tx) => {
    const bloc = await lockBloc(tx, provinceId, input);
    await tx.bloc.update({
      where: { id: bloc.id },
      data: { name: input.name, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "Bloc",
      entityId: bloc.id,
      action: "rename",
      field: "name",
      oldValue: bloc.name,
      newValue: input.name,
    });
    return { blocId: bloc.id };
  });
}

/** Archives a bloc: it stays readable with every year, but no new year can be created. */
export async function archiveBloc(prisma: AppPrismaClient, user: SessionUser, input: ArchiveBlocInput) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return prisma.$transaction(async (tx) => {
    const bloc = await lockBloc(tx, provinceId, input);
    if (bloc.dissolvedOn) throw new UserFacingError("Khối này đã được lưu trữ.");
    if (input.archivedOn < bloc.foundedOn)
      throw new UserFacingError("Ngày lưu trữ không được trước ngày thành lập khối.");
    await tx.bloc.update({
      where: { id: bloc.id },
      data: { dissolvedOn: input.archivedOn, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "Bloc",
      entityId: bloc.id,
      action: "archive",
      field: "dissolvedOn",
      newValue: toIsoDay(input.archivedOn),
    });
    return { blocId: bloc.id };
  });
}

/** The bloc row, if it is the province's and still at the version the form showed. */
async function lockBloc(tx: AppTransaction, provinceId: string, input: { blocId: string; version: number }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Bloc" WHERE id = ${input.blocId} AND "provinceId" = ${provinceId} FOR UPDATE`;
  if (rows.length === 0) throw new UserFacingError("Không tìm thấy khối thi đua trong tỉnh.");
  const bloc = await tx.bloc.findUniqueOrThrow({
    where: { id: input.blocId },
    select: { id: true, name: true, version: true, foundedOn: true, dissolvedOn: true },
  });
  if (bloc.version !== input.version) throw new ConflictError();
  return bloc;
}
