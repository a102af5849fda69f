import type { AppPrismaClient } from "@/server/database/connect";
import type { SessionUser } from "@/server/auth/session-user";
import { SESSION_USER_SELECT } from "./users";

/**
 * The demo's accounts as sessions see them, and its two blocs, in a database opened with the demo
 * loaded (`openTestDatabase(kind, "demo")`: seedDemo ran once, in global-setup.ts).
 */
export async function demoWorld(prisma: AppPrismaClient) {
  const users = await prisma.user.findMany({ select: SESSION_USER_SELECT });
  if (users.length === 0)
    throw new Error('no demo accounts: open the database with openTestDatabase(kind, "demo")');
  const bloc = (code: string) => prisma.bloc.findFirstOrThrow({ where: { code }, select: { id: true } });
  return {
    user(username: string): SessionUser {
      const user = users.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`no demo user ${username}`);
      return user;
    },
    ktkt: await bloc("KTKT"),
    vhxh: await bloc("VHXH"),
  };
}

export type DemoWorld = Awaited<ReturnType<typeof demoWorld>>;
