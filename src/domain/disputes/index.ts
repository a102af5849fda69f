export {
  describeWindow,
  disputeWindowState,
  MAX_DISPUTE_DAYS,
  takesObjections,
  windowRefusal,
  windowStartingOn,
  type DisputeWindow,
  type DisputeWindowState,
} from "./dispute-window";
export {
  figureLabel,
  OBJECTED_FIGURE_LABEL,
  objectionSentence,
  type ObjectionRecord,
} from "./objection-text";
