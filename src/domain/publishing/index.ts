export { publishChecklist, openChecklistItems } from "./publish-checklist";
export { listNames } from "./list-names";
export { CHECK_CODES } from "./checklist-types";
export type * from "./checklist-types";
export { resolveOverrides, type AcceptedOverride, type OverrideDecision } from "./resolve-overrides";
