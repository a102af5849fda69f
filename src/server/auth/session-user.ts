import type { UserRole } from "@/generated/prisma/enums";

/** Who is signed in, with the scope every authorisation decision starts from. */
export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  provinceId: string;
  blocId: string | null;
  unitId: string | null;
};

/** The signed-in user and the session version their token was issued at (see find-session-user.ts). */
export type SignedInUser = SessionUser & { sessionVersion: number };
