import type { GrantKindCode } from "./codes";

/**
 * The scope each kind of grant is given: the whole province, one bloc, one bloc or the whole
 * province (a viewer), or one unit. What the scope then allows is src/server/authz's rule.
 */
export type GrantScopeLevel = "PROVINCE" | "BLOC" | "BLOC_OR_PROVINCE" | "UNIT";

export const GRANT_SCOPE: Record<GrantKindCode, GrantScopeLevel> = {
  PROVINCE_ADMIN: "PROVINCE",
  BLOC_SECRETARIAT: "BLOC",
  VIEWER: "BLOC_OR_PROVINCE",
  AGENCY_LEADER: "UNIT",
  AGENCY_SECRETARIAT_STAFF: "UNIT",
};
