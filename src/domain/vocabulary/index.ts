export type * from "./codes";
export * from "./labels";
export { BLOC_ROLE_ORDER, blocRoleRank } from "./role-order";
export {
  MEMBERSHIP_LABEL,
  NOT_YET_DUE_LABEL,
  RULES_SECTION_LABEL,
  TIE_BREAK_LABEL,
  tieBreakTitle,
  CLASSIFICATION_BASIS_LABEL,
  LEADING_AWARD_FALLBACK_LABEL,
  ROUNDING_MODE_LABEL,
  KEY_TASK_CONDITION_LABEL,
  CROSS_CHECK_COMBINE_LABEL,
  CROSS_CHECK_SCORERS_LABEL,
} from "./rules-labels";
export { GRANT_SCOPE, type GrantScopeLevel } from "./grant-scope";
