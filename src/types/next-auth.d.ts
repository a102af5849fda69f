import type { SignedInUser } from "@/server/auth/session-user";

declare module "next-auth" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation merges into next-auth's User
  interface User extends SignedInUser {}
  interface Session {
    /** Absent when the token is stale (see find-session-user.ts). */
    user?: SignedInUser;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** Optional: tokens issued before session versions existed have none and are refused. */
    sessionVersion?: number;
  }
}
