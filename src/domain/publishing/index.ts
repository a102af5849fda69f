export { publishChecklist, openChecklistItems } from "./publish-checklist";
export { listNames } from "./list-names";
export { CHECK_CODES } from "./checklist-types";
export type * from "./checklist-types";
