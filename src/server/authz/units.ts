import "server-only";
import type { UnitWhereInput } from "@/generated/prisma/models";
import type { SessionUser } from "../auth/session-user";
import { ownUnitIds } from "./grants";
import { blocYearsVisibleTo } from "./scope";

/**
 * The units whose page (names, lineage, years) the user may open: those that are members of a
 * bloc-year the user may see, and their own units (of their agency grants). A unit outside these is answered like one
 * that does not exist, so ids of other blocs' units reveal nothing.
 */
export function unitsVisibleTo(user: SessionUser): UnitWhereInput {
  return {
    provinceId: user.provinceId,
    OR: [{ memberships: { some: { blocYear: blocYearsVisibleTo(user) } } }, { id: { in: ownUnitIds(user) } }],
  };
}
