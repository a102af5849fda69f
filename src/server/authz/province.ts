import "server-only";
import type { SessionUser } from "../auth/session-user";
import { ForbiddenError } from "../errors";

/**
 * Province administration (agencies, blocs, a bloc's first year) belongs to the province admin
 * of that province only. Null when the user administers no province.
 */
export function provinceAdministeredBy(user: SessionUser): string | null {
  return user.role === "PROVINCE_ADMIN" ? user.provinceId : null;
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
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) throw new ForbiddenError();
  return { provinceId };
}
