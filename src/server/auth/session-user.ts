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
