import type { GrantKind } from "@/generated/prisma/enums";

/** One right the user holds, with its scope (prisma/schema.prisma, "Grant"). */
export type SessionGrant = {
  kind: GrantKind;
  provinceId: string;
  blocId: string | null;
  unitId: string | null;
};

/** Who is signed in, with the grants every authorisation decision starts from. */
export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  provinceId: string;
  grants: SessionGrant[];
};

/**
 * The signed-in user, the session version their token was issued at (see find-session-user.ts),
 * and whether they must replace a temporary password before anything else.
 */
export type SignedInUser = SessionUser & { sessionVersion: number; mustChangePassword: boolean };
