export {
  defaultDocumentSettings,
  DOCUMENT_KIND_LABEL,
  DOCUMENT_KINDS,
  type DocumentFacts,
  type DocumentKind,
  type DocumentSettings,
} from "./document-facts";
export { meetingMinutes } from "./meeting-minutes";
export { officialDate, placeAndDate } from "./official-date";
export { proposalLetter } from "./proposal-letter";
export { proposedUnits, rankText, tallyOf, tallyText, totalText } from "./results-rows";
export { leaderSigners } from "./signers";
export type { DocumentBlock, DocumentRun, DocumentSigner, StateDocument } from "./state-document";
export { summaryTable } from "./summary-table";

import type { DocumentFacts, DocumentKind, DocumentSettings } from "./document-facts";
import { meetingMinutes } from "./meeting-minutes";
import { proposalLetter } from "./proposal-letter";
import type { StateDocument } from "./state-document";
import { summaryTable } from "./summary-table";

const BUILDERS: Record<DocumentKind, (facts: DocumentFacts, settings: DocumentSettings) => StateDocument> = {
  "to-trinh": proposalLetter,
  "bien-ban": meetingMinutes,
  "bang-tong-hop": summaryTable,
};

/** The document of a kind, from a published year and what the secretariat filled in. */
export const buildStateDocument = (kind: DocumentKind, facts: DocumentFacts, settings: DocumentSettings) =>
  BUILDERS[kind](facts, settings);
