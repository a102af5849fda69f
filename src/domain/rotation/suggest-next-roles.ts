import type { BlocRoleCode, RotationRuleCode } from "@/domain/vocabulary/codes";

export type HeldRole = { unitId: string; role: BlocRoleCode };
export type SuggestedRole = { unitId: string; role: Exclude<BlocRoleCode, "DEPUTY"> };

export type RotationSuggestion = {
  roles: SuggestedRole[];
  /** Seats the rule does not fill: the bloc elects them. */
  openSeats: BlocRoleCode[];
  /** Deputies passed over because they do not continue into next year (the page says why). */
  skipped: HeldRole[];
};

/**
 * Next year's leaders by the bloc's rotation rule, or null when the bloc elects freely (MANUAL).
 *
 * STANDING_DEPUTY_BECOMES_HEAD: the standing deputy becomes head and the (first) deputy becomes
 * standing deputy; the deputy seat is left for the election. Without a standing deputy the
 * deputies move up in their given order (KTKT 2023 had two deputies and no standing deputy, and
 * its first deputy was elected head for 2024). The outgoing head is never suggested again, and
 * units that do not continue into next year are skipped.
 */
export function suggestNextRoles(options: {
  rule: RotationRuleCode;
  roles: readonly HeldRole[];
  continuingUnitIds: ReadonlySet<string>;
}): RotationSuggestion | null {
  if (options.rule === "MANUAL") return null;
  const byRole = (role: BlocRoleCode) =>
    options.roles.filter((held) => held.role === role).map((held) => held.unitId);
  const deputies = unique([...byRole("STANDING_DEPUTY"), ...byRole("DEPUTY")]);
  const candidates = deputies.filter((unitId) => options.continuingUnitIds.has(unitId));
  const skipped = options.roles.filter(
    (held) =>
      held.role !== "HEAD" && deputies.includes(held.unitId) && !options.continuingUnitIds.has(held.unitId),
  );
  const seats = ["HEAD", "STANDING_DEPUTY"] as const;
  const roles = seats.flatMap((role, index) =>
    candidates[index] ? [{ unitId: candidates[index], role }] : [],
  );
  const openSeats: BlocRoleCode[] = [...seats.slice(roles.length), "DEPUTY"];
  return { roles, openSeats, skipped };
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
