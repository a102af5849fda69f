import type * as Db from "@/generated/prisma/enums";
import type * as Domain from "@/domain/vocabulary/codes";

// The domain declares the stored codes without Prisma; this file stops compiling the moment a
// Prisma enum and its domain twin differ, so a new enum value cannot reach a page unlabelled.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

export type DomainCodesMatchPrismaEnums = [
  Holds<Same<Domain.GrantKindCode, Db.GrantKind>>,
  Holds<Same<Domain.BlocRoleCode, Db.BlocRole>>,
  Holds<Same<Domain.RotationRuleCode, Db.RotationRule>>,
  Holds<Same<Domain.BlocYearStatusCode, Db.BlocYearStatus>>,
  Holds<Same<Domain.RegistrationKindCode, Db.RegistrationKind>>,
  Holds<Same<Domain.TaskStatusCode, Db.TaskStatus>>,
  Holds<Same<Domain.CriterionKindCode, Db.CriterionKind>>,
  Holds<Same<Domain.ScoreStageCode, Db.ScoreStage>>,
  Holds<Same<Domain.SheetStatusCode, Db.SheetStatus>>,
  Holds<Same<Domain.EligibilityFlagCode, Db.EligibilityFlagKind>>,
  Holds<Same<Domain.ProposalStatusCode, Db.ProposalStatus>>,
  Holds<Same<Domain.ObjectionStatusCode, Db.ObjectionStatus>>,
];
