import type { AppPrismaClient } from "@/server/database/connect";
import type { SessionUser } from "@/server/auth/session-user";
import { seedDemo } from "@/server/seed/seed-demo";
import { SESSION_USER_SELECT } from "./users";

/** Loads the demo bloc and returns a lookup of its accounts as sessions see them. */
export async function seedDemoWithUsers(prisma: AppPrismaClient) {
  await seedDemo(prisma);
  const users = await prisma.user.findMany({ select: SESSION_USER_SELECT });
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

export type DemoWorld = Awaited<ReturnType<typeof seedDemoWithUsers>>;
