import "server-only";
import { hash } from "@node-rs/argon2";
import type { CreateFirstAdminInput } from "@/schemas/first-admin";
import { normalizeUsername } from "@/schemas/sign-in";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { deleteSetupToken, isSetupTokenValid, type SetupTokenEnv } from "@/server/setup/setup-token";

// Serialises concurrent first-run submissions across all app instances.
const FIRST_RUN_LOCK = 72707370;

export const WRONG_SETUP_TOKEN =
  "Mã thiết lập không đúng. Mã được in trong nhật ký máy chủ khi khởi động lần đầu " +
  "(hoặc là giá trị biến môi trường SETUP_TOKEN).";

/**
 * Creates the province and its first administrator, only while the database has no user and
 * only for whoever has the setup token (so not whoever reaches the page first).
 */
export async function createFirstAdmin(
  prisma: AppPrismaClient,
  input: CreateFirstAdminInput,
  env: SetupTokenEnv = process.env,
) {
  const passwordHash = await hash(input.password);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_RUN_LOCK})`;
    if (await tx.user.findFirst({ select: { id: true } })) {
      throw new UserFacingError("Hệ thống đã có tài khoản quản trị. Vui lòng đăng nhập.");
    }
    if (!(await isSetupTokenValid(tx, input.setupToken, env))) throw new UserFacingError(WRONG_SETUP_TOKEN);
    const province =
      (await tx.province.findUnique({
        where: { code: input.provinceCode.toUpperCase() },
        select: { id: true },
      })) ??
      (await tx.province.create({
        data: { code: input.provinceCode.toUpperCase(), name: input.provinceName },
        select: { id: true },
      }));
    const user = await tx.user.create({
      data: {
        username: normalizeUsername(input.username),
        displayName: input.displayName,
        passwordHash,
        provinceId: province.id,
        grants: { create: { kind: "PROVINCE_ADMIN", provinceId: province.id } },
      },
      select: { id: true },
    });
    await deleteSetupToken(tx);
    await tx.auditEvent.create({
      data: {
        actorId: user.id,
        entity: "User",
        entityId: user.id,
        action: "create-first-admin",
        newValue: { username: input.username },
      },
    });
    return user;
  });
}
