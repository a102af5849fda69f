-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "BlocYearStatus" AS ENUM ('DRAFT', 'ACTIVE', 'SCORING', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "BlocRole" AS ENUM ('HEAD', 'STANDING_DEPUTY', 'DEPUTY');

-- CreateEnum
CREATE TYPE "RegistrationKind" AS ENUM ('TARGET', 'TITLE', 'MODEL');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PARTIAL', 'NOT_DONE');

-- CreateEnum
CREATE TYPE "CriterionKind" AS ENUM ('SECTION', 'MANUAL', 'TASK_DERIVED', 'BONUS', 'DEDUCTION');

-- CreateEnum
CREATE TYPE "ScoreStage" AS ENUM ('SELF', 'CROSS_CHECK', 'FINAL');

-- CreateEnum
CREATE TYPE "SheetStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "EligibilityFlagKind" AS ENUM ('DISCIPLINARY_REVIEW', 'INVESTIGATION', 'INSPECTION', 'UNRESOLVED_COMPLAINT');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('PROVINCE_ADMIN', 'BLOC_SECRETARIAT', 'AGENCY_LEADER', 'VIEWER');

-- CreateTable
CREATE TABLE "Province" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mergedIntoId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitName" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "UnitName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "decisionRef" TEXT,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bloc" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "foundedOn" DATE NOT NULL,
    "dissolvedOn" DATE,
    "refoundedFromId" TEXT,

    CONSTRAINT "Bloc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocYear" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "BlocYearStatus" NOT NULL DEFAULT 'DRAFT',
    "rules" JSONB NOT NULL,
    "membersSeeProvisional" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlocYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" "BlocRole" NOT NULL,
    "electedOn" DATE NOT NULL,
    "decisionRef" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "attachmentUrl" TEXT,
    "signedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeSignature" (
    "id" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PledgeSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "RegistrationKind" NOT NULL,
    "content" TEXT NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationTask" (
    "registrationId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,

    CONSTRAINT "RegistrationTask_pkey" PRIMARY KEY ("registrationId","taskId")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "criterionId" TEXT,
    "title" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "deadline" DATE NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "completedOn" DATE,
    "completionShare" INTEGER NOT NULL DEFAULT 0,
    "evidenceUrl" TEXT,
    "evidenceNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreTable" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "scoreTableId" TEXT NOT NULL,
    "parentId" TEXT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "CriterionKind" NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "capPoints" INTEGER,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "stage" "ScoreStage" NOT NULL,
    "status" "SheetStatus" NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreLine" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "explanation" TEXT,
    "evidenceUrl" TEXT,
    "enteredById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotTally" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "awardCode" TEXT NOT NULL,
    "votesFor" INTEGER NOT NULL,
    "votersPresent" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BallotTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EligibilityFlag" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "EligibilityFlagKind" NOT NULL,
    "note" TEXT,
    "since" DATE NOT NULL,
    "resolvedOn" DATE,

    CONSTRAINT "EligibilityFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardProposal" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "awardCode" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "decisionNumber" TEXT,
    "decisionDate" DATE,
    "eligibilityReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AwardProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultSnapshot" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "reason" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,

    CONSTRAINT "ResultSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "provinceId" TEXT NOT NULL,
    "blocId" TEXT,
    "unitId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "blocYearId" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "oldValue" JSONB,
    "newValue" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStartsAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_provinceId_code_key" ON "Unit"("provinceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "UnitName_unitId_validFrom_key" ON "UnitName"("unitId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSuccession_predecessorId_successorId_key" ON "UnitSuccession"("predecessorId", "successorId");

-- CreateIndex
CREATE UNIQUE INDEX "Bloc_provinceId_code_key" ON "Bloc"("provinceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "BlocYear_blocId_year_key" ON "BlocYear"("blocId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_blocYearId_unitId_key" ON "Membership"("blocYearId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_blocYearId_unitId_key" ON "RoleAssignment"("blocYearId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_blocYearId_key" ON "Pledge"("blocYearId");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeSignature_pledgeId_unitId_key" ON "PledgeSignature"("pledgeId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_provinceId_code_key" ON "SourceDocument"("provinceId", "code");

-- CreateIndex
CREATE INDEX "Task_blocYearId_ownerUnitId_idx" ON "Task"("blocYearId", "ownerUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_blocYearId_number_key" ON "Task"("blocYearId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreTable_blocYearId_version_key" ON "ScoreTable"("blocYearId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_scoreTableId_code_key" ON "Criterion"("scoreTableId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_blocYearId_unitId_stage_key" ON "ScoreSheet"("blocYearId", "unitId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreLine_sheetId_criterionId_key" ON "ScoreLine"("sheetId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotTally_blocYearId_unitId_awardCode_key" ON "BallotTally"("blocYearId", "unitId", "awardCode");

-- CreateIndex
CREATE UNIQUE INDEX "AwardProposal_blocYearId_unitId_awardCode_key" ON "AwardProposal"("blocYearId", "unitId", "awardCode");

-- CreateIndex
CREATE UNIQUE INDEX "ResultSnapshot_blocYearId_number_key" ON "ResultSnapshot"("blocYearId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "AuditEvent_blocYearId_at_idx" ON "AuditEvent"("blocYearId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "Province" ADD CONSTRAINT "Province_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bloc" ADD CONSTRAINT "Bloc_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bloc" ADD CONSTRAINT "Bloc_refoundedFromId_fkey" FOREIGN KEY ("refoundedFromId") REFERENCES "Bloc"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocYear" ADD CONSTRAINT "BlocYear_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTask" ADD CONSTRAINT "RegistrationTask_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTask" ADD CONSTRAINT "RegistrationTask_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreTable" ADD CONSTRAINT "ScoreTable_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_scoreTableId_fkey" FOREIGN KEY ("scoreTableId") REFERENCES "ScoreTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreLine" ADD CONSTRAINT "ScoreLine_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreLine" ADD CONSTRAINT "ScoreLine_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreLine" ADD CONSTRAINT "ScoreLine_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotTally" ADD CONSTRAINT "BallotTally_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotTally" ADD CONSTRAINT "BallotTally_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EligibilityFlag" ADD CONSTRAINT "EligibilityFlag_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EligibilityFlag" ADD CONSTRAINT "EligibilityFlag_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSnapshot" ADD CONSTRAINT "ResultSnapshot_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSnapshot" ADD CONSTRAINT "ResultSnapshot_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE SET NULL ON UPDATE CASCADE;
