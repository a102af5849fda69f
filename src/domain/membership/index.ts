export {
  canOwnTaskDueOn,
  dayOfYear,
  isMemberOn,
  isRankedForYear,
  leftBeforeEnd,
  membersOn,
  type MembershipSpan,
  outsideMembershipMessage,
  type Period,
  pledgeDay,
  rankedMembers,
  wasMemberDuring,
  yearEndMembers,
  yearPeriod,
} from "./members-on";
export {
  type DroppedMember,
  type NextYearMembers,
  type PlannedMember,
  planNextYearMembers,
  type Succession,
} from "./next-year-members";
export { type PledgeTally, pledgeTally } from "./pledge-tally";
