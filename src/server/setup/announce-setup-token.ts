import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";
import { ensureSetupToken, type SetupTokenEnv } from "./setup-token";

/** While the database has no user, the operator reads the first-run page's token in the log. */
export async function announceSetupToken(prisma: AppPrismaClient, env: SetupTokenEnv): Promise<void> {
  const setup = await ensureSetupToken(prisma, env);
  if (!setup) return;
  console.info(
    setup.fromEnv
      ? "[thiết lập] Chưa có tài khoản: mở /thiet-lap và nhập mã thiết lập là giá trị biến SETUP_TOKEN."
      : `[thiết lập] Chưa có tài khoản: mở /thiet-lap và nhập mã thiết lập ${setup.token}`,
  );
}
