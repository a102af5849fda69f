export {
  canOwnTaskDueOn,
  isMemberOn,
  isRankedForYear,
  leftBeforeEnd,
  membersOn,
  type MembershipSpan,
  type Period,
  rankedMembers,
  wasMemberDuring,
  yearPeriod,
} from "./members-on";
export {
  type DroppedMember,
  type NextYearMembers,
  type PlannedMember,
  planNextYearMembers,
  type Succession,
} from "./next-year-members";
