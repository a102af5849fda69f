export {
  describeWindow,
  disputeWindowState,
  MAX_DISPUTE_DAYS,
  windowRefusal,
  windowStartingOn,
  type DisputeWindow,
  type DisputeWindowState,
} from "./dispute-window";
