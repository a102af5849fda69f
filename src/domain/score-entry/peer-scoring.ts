import type { CrossCheckRule } from "@/domain/scoring/rules";

/** Whether the cross-check is entered by member units, each in a sheet of its own. */
export function isPeerCrossCheck(rule: CrossCheckRule): boolean {
  return rule.scorers !== "secretariat";
}

/** Whether `scorerUnitId` cross-checks `unitId` under the rules: never itself; as assigned. */
export function scoresPeer(rule: CrossCheckRule, scorerUnitId: string, unitId: string): boolean {
  if (scorerUnitId === unitId) return false;
  if (rule.scorers === "allMembers") return true;
  if (rule.scorers === "assigned")
    return rule.assignments.some(
      (assignment) => assignment.scorerUnitId === scorerUnitId && assignment.unitIds.includes(unitId),
    );
  return false;
}

/** The units that cross-check someone: every member, or the assigned scorers, in members' order. */
export function peerScorers(rule: CrossCheckRule, memberIds: readonly string[]): string[] {
  return memberIds.filter((scorer) => memberIds.some((unitId) => scoresPeer(rule, scorer, unitId)));
}
