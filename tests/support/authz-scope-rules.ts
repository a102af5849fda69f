/**
 * The exports of @/server/authz that answer with a where-clause or a database load: their table
 * runs against a real database (tests/integration/authz-scope.test.ts). The unit table
 * (tests/unit/authz/authz-rules.test.ts) covers every other export and checks that the two
 * together name every rule authz exports.
 */
export const SCOPE_RULES = [
  "authorizeBlocManagement",
  "authorizeBlocYear",
  "blocYearsAllowed",
  "blocYearsManageableBy",
  "blocYearsVisibleTo",
  "blocsManageableBy",
  "blocsVisibleTo",
  "registrationYearsWritableBy",
  "unitsVisibleTo",
] as const;
