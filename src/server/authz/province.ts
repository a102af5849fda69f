import "server-only";
import type { SessionUser } from "../auth/session-user";
import { ForbiddenError } from "../errors";
import { grantsOfKind } from "./grants";

/** Whether the user administers their province: its agencies, blocs and user accounts. */
export function mayAdministerProvince(user: SessionUser): boolean {
  return provinceAdministeredBy(user) !== null;
}

/**
 * The province the user administers, or null. Accounts are created in the admin's own province
 * only: a grant of another province (none today) would never widen it.
 */
export function provinceAdministeredBy(user: SessionUser): string | null {
  return grantsOfKind(user, "PROVINCE_ADMIN").some((grant) => grant.provinceId === user.provinceId)
    ? user.provinceId
    : null;
}

/** The administered province, or a refusal. */
export function requireProvinceAdmin(user: SessionUser): string {
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) throw new ForbiddenError();
  return provinceId;
}
