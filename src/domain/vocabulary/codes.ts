import type { YearStage } from "../year-stages/stages";

// The stored codes of the data model, declared here so the domain and the UI need no Prisma.
// src/server/mappers/vocabulary-codes.ts fails to compile when these and Prisma's enums differ.

export type GrantKindCode =
  "PROVINCE_ADMIN" | "BLOC_SECRETARIAT" | "AGENCY_LEADER" | "VIEWER" | "AGENCY_SECRETARIAT_STAFF";
export type BlocRoleCode = "HEAD" | "STANDING_DEPUTY" | "DEPUTY";
export type RotationRuleCode = "STANDING_DEPUTY_BECOMES_HEAD" | "MANUAL";
/** A bloc-year's status is its stage (src/domain/year-stages). */
export type BlocYearStatusCode = YearStage;
export type RegistrationKindCode = "TARGET" | "TITLE" | "MODEL";
export type TaskStatusCode = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "PARTIAL" | "NOT_DONE";
export type CriterionKindCode = "SECTION" | "MANUAL" | "TASK_DERIVED" | "BONUS" | "DEDUCTION";
export type ScoreStageCode = "SELF" | "CROSS_CHECK" | "FINAL";
export type SheetStatusCode = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
export type EligibilityFlagCode =
  "DISCIPLINARY_REVIEW" | "INVESTIGATION" | "INSPECTION" | "UNRESOLVED_COMPLAINT";
export type ProposalStatusCode = "PROPOSED" | "APPROVED" | "REJECTED" | "WITHDRAWN";
export type BallotStatusCode = "OPEN" | "CLOSED" | "CANCELLED";
export type BallotChoiceCode = "AGREE" | "DISAGREE" | "ABSTAIN";
export type ObjectionStatusCode = "OPEN" | "ACCEPTED" | "REJECTED";
