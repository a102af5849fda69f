import { describe, expect, it } from "vitest";
import {
  BALLOT_CHOICE_LABEL,
  BALLOT_STATUS_LABEL,
  BLOC_ROLE_LABEL,
  BLOC_ROLE_ORDER,
  BLOC_YEAR_STATUS_LABEL,
  blocRoleRank,
  CRITERION_KIND_LABEL,
  ELIGIBILITY_FLAG_LABEL,
  PROPOSAL_STATUS_LABEL,
  REGISTRATION_KIND_LABEL,
  ROTATION_RULE_LABEL,
  SCORE_STAGE_LABEL,
  SHEET_STATUS_LABEL,
  TASK_STATUS_LABEL,
  TIE_BREAK_LABEL,
  tieBreakTitle,
  GRANT_KIND_LABEL,
  OBJECTION_STATUS_LABEL,
} from "@/domain/vocabulary";
import { TIE_BREAK_RULES } from "@/domain/scoring";
import * as PrismaEnums from "@/generated/prisma/enums";

// The generated enums are the stored values; every one of them must read in Vietnamese.
const LABELS_BY_ENUM: Record<keyof typeof PrismaEnums, Record<string, string>> = {
  GrantKind: GRANT_KIND_LABEL,
  BlocRole: BLOC_ROLE_LABEL,
  RotationRule: ROTATION_RULE_LABEL,
  BlocYearStatus: BLOC_YEAR_STATUS_LABEL,
  RegistrationKind: REGISTRATION_KIND_LABEL,
  TaskStatus: TASK_STATUS_LABEL,
  CriterionKind: CRITERION_KIND_LABEL,
  ScoreStage: SCORE_STAGE_LABEL,
  SheetStatus: SHEET_STATUS_LABEL,
  EligibilityFlagKind: ELIGIBILITY_FLAG_LABEL,
  ProposalStatus: PROPOSAL_STATUS_LABEL,
  BallotStatus: BALLOT_STATUS_LABEL,
  BallotChoice: BALLOT_CHOICE_LABEL,
  ObjectionStatus: OBJECTION_STATUS_LABEL,
};

describe("every stored code has a Vietnamese label", () => {
  it.each(Object.keys(PrismaEnums) as (keyof typeof PrismaEnums)[])("%s", (enumName) => {
    const labels = LABELS_BY_ENUM[enumName];
    expect(labels, `no labels for ${enumName}`).toBeDefined();
    expect(Object.keys(labels).sort()).toEqual(Object.values(PrismaEnums[enumName]).sort());
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe("");
  });
});

describe("tie-break rules", () => {
  it.each(TIE_BREAK_RULES)("%s has one wording, capitalised for forms", (rule) => {
    const label = TIE_BREAK_LABEL[rule];
    expect(label).toMatch(/^\p{Ll}/u);
    expect(tieBreakTitle(rule).toLocaleLowerCase("vi")).toBe(label.toLocaleLowerCase("vi"));
    expect(tieBreakTitle(rule)).toMatch(/^\p{Lu}/u);
  });
});

describe("bloc role order", () => {
  it("puts the head first, then the standing deputy, the deputies and members without a role", () => {
    const roles = [null, "DEPUTY", "HEAD", undefined, "STANDING_DEPUTY"] as const;
    expect([...roles].sort((a, b) => blocRoleRank(a) - blocRoleRank(b))).toEqual([
      "HEAD",
      "STANDING_DEPUTY",
      "DEPUTY",
      null,
      undefined,
    ]);
    expect(BLOC_ROLE_ORDER).toEqual(Object.values(PrismaEnums.BlocRole));
  });
});
