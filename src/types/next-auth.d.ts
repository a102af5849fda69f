import type { UserRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";

declare module "next-auth" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation merges into next-auth's User
  interface User extends SessionUser {}
  interface Session {
    user: {
      id: string;
      name: string;
      role: UserRole;
      provinceId: string;
      blocId: string | null;
      unitId: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: UserRole;
    provinceId: string;
    blocId: string | null;
    unitId: string | null;
  }
}
