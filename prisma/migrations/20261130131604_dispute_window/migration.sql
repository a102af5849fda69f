-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "objectionId" TEXT;

-- AlterTable
ALTER TABLE "BlocYear" ADD COLUMN     "disputeClosesOn" DATE,
ADD COLUMN     "disputeOpensOn" DATE;

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "stage" "ScoreStage" NOT NULL,
    "pointsObjected" INTEGER,
    "reason" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolvedPoints" INTEGER,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Objection_blocYearId_unitId_idx" ON "Objection"("blocYearId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_blocYearId_number_key" ON "Objection"("blocYearId", "number");

-- CreateIndex
CREATE INDEX "Attachment_objectionId_idx" ON "Attachment"("objectionId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
