import { requireSessionUser } from "@/server/auth/session";
import type { SignedInUser } from "@/server/auth/session-user";
import { mayAdministerProvince } from "@/server/authz";

/**
 * For administration pages: the signed-in province admin, or null for anyone else. Next renders a
 * page alongside its layout, so each page refuses for itself (showing AdminOnly) rather than
 * letting its reads throw while the layout's refusal is on its way.
 */
export async function provinceAdminOrNull(): Promise<SignedInUser | null> {
  const user = await requireSessionUser();
  return mayAdministerProvince(user) ? user : null;
}
