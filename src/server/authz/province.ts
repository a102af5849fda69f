import "server-only";
import type { SessionUser } from "../auth/session-user";
import { ForbiddenError } from "../errors";
import { grantsOfKind } from "./grants";

/**
 * The province the user administers (agencies, blocs, a bloc's first year, user accounts), or
 * null. Only a province-admin grant of the user's own province counts: a grant of another
 * province (none today) would never widen it.
 */
export function provinceAdministeredBy(user: SessionUser): string | null {
  return grantsOfKind(user, "PROVINCE_ADMIN").some((grant) => grant.provinceId === user.provinceId)
    ? user.provinceId
    : null;
}

/** Whether the user may open the administration area (the header's link, the area's layout). */
export function mayAdministerProvince(user: SessionUser): boolean {
  return provinceAdministeredBy(user) !== null;
}

/**
 * The province the user administers, or a refusal. Every administration read and write starts
 * here and scopes its rows to the returned province, so ids of another province match nothing.
 */
export function authorizeProvinceAdmin(user: SessionUser): { provinceId: string } {
  return { provinceId: requireProvinceAdmin(user) };
}

/** The administered province's id, or a refusal. */
export function requireProvinceAdmin(user: SessionUser): string {
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) throw new ForbiddenError();
  return provinceId;
}
