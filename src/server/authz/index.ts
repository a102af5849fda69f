// The one authorisation policy: every rule that depends on a user's grants lives in this folder
// (a lint rule keeps role checks out of the rest of the tree).
export { authorizeBlocManagement, authorizeBlocYear, type BlocYearFacts } from "./authorize";
export { mayFileObjection, mayResolveObjection, maySeeObjection } from "./disputes";
export { ownUnitIds } from "./grants";
export {
  leadsUnit,
  mayEditRegistrationsAsOwnUnit,
  mayReportTaskProgressAsOwner,
  registrationYearsWritableBy,
} from "./own-unit";
export {
  blocsManageableBy,
  blocsVisibleTo,
  blocYearsAllowed,
  blocYearsManageableBy,
  blocYearsVisibleTo,
  type BlocAction,
} from "./scope";
export {
  defaultScoreStage,
  mayEnterScores,
  mayEnterPeerSheet,
  mayReviewScoreSheet,
  peerEntryAccess,
  scoreEntryAccess,
  scoreEntryRefusal,
  type ScoreEntryRefusal,
  type ScoreEntryStage,
} from "./scoring";
export {
  authorizeProvinceAdmin,
  mayAdministerProvince,
  provinceAdministeredBy,
  requireProvinceAdmin,
} from "./province";
export { unitsVisibleTo } from "./units";
export {
  isPublishedStatus,
  managesYear,
  mayReadAuditLog,
  maySeeUnit,
  mayViewYear,
  seesOtherUnits,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
  type YearAccess,
  type YearVisibility,
} from "./visibility";
