-- CreateEnum
CREATE TYPE "BallotStatus" AS ENUM ('OPEN', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BallotChoice" AS ENUM ('AGREE', 'DISAGREE', 'ABSTAIN');

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "status" "BallotStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedById" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "outcome" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotCandidate" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "awardCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BallotCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotCode" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "used" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BallotCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotPaper" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,

    CONSTRAINT "BallotPaper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotVote" (
    "id" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "choice" "BallotChoice" NOT NULL,

    CONSTRAINT "BallotVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ballot_blocYearId_idx" ON "Ballot"("blocYearId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCandidate_ballotId_unitId_awardCode_key" ON "BallotCandidate"("ballotId", "unitId", "awardCode");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCode_code_key" ON "BallotCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCode_ballotId_unitId_key" ON "BallotCode"("ballotId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotVote_paperId_candidateId_key" ON "BallotVote"("paperId", "candidateId");

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCandidate" ADD CONSTRAINT "BallotCandidate_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCandidate" ADD CONSTRAINT "BallotCandidate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCode" ADD CONSTRAINT "BallotCode_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCode" ADD CONSTRAINT "BallotCode_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotPaper" ADD CONSTRAINT "BallotPaper_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotVote" ADD CONSTRAINT "BallotVote_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "BallotPaper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotVote" ADD CONSTRAINT "BallotVote_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "BallotCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A used code announces the year's ballot participation to the conference screens (issue 14).
CREATE TRIGGER "BallotCode_notify_bloc_year_changed" AFTER UPDATE ON "BallotCode"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "Ballot_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "Ballot"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
