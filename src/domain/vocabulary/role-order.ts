import type { BlocRoleCode } from "./codes";

/** The bloc's leaders in precedence: lists, slides and signature blocks show them in this order. */
export const BLOC_ROLE_ORDER: readonly BlocRoleCode[] = ["HEAD", "STANDING_DEPUTY", "DEPUTY"];

/** A role's place in the precedence; a member without a role comes after every leader. */
export function blocRoleRank(role: BlocRoleCode | null | undefined): number {
  return role ? BLOC_ROLE_ORDER.indexOf(role) : BLOC_ROLE_ORDER.length;
}
