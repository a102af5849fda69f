export {
  canOwnTaskDueOn,
  dayOfYear,
  isMemberOn,
  isRankedForYear,
  leftBeforeEnd,
  membersOn,
  type MembershipSpan,
  outsideMembershipMessage,
  owingPledge,
  type Period,
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
  type Takeover,
} from "./next-year-members";
export { type PledgeTally, pledgeTally } from "./pledge-tally";
