export { FULL_SHARE, parsePercent, percentInput } from "./completion-share";
export {
  checkImportRows,
  type ImportContext,
  type ImportedTask,
  type ImportMember,
} from "./check-import-rows";
export { findImportColumns, type ColumnPositions } from "./find-import-columns";
export * from "./import-columns";
export {
  type CompletionTiming,
  daysCompletedLate,
  lateCompletionPhrase,
  taskStatusText,
} from "./late-completion";
export { matchKey } from "./match-text";
export { progressProblems, storedShare, type ProgressEntry, type ProgressProblem } from "./progress-rules";
export {
  asOfForYear,
  DUE_SOON_DAYS,
  isClosed,
  isOverdue,
  lateness,
  type Lateness,
  type TaskTiming,
} from "./task-timing";
