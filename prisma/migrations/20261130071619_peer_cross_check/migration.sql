-- DropIndex
DROP INDEX "ScoreSheet_blocYearId_unitId_stage_key";

-- AlterTable
ALTER TABLE "ScoreSheet" ADD COLUMN     "scorerUnitId" TEXT;

-- CreateIndex
-- NULLS NOT DISTINCT (PostgreSQL 15+): one sheet per unit and stage without a scorer, as before,
-- and one per scorer in peer cross-checking. Prisma's schema cannot say so; its diff ignores it.
CREATE UNIQUE INDEX "ScoreSheet_blocYearId_unitId_stage_scorerUnitId_key" ON "ScoreSheet"("blocYearId", "unitId", "stage", "scorerUnitId") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_scorerUnitId_fkey" FOREIGN KEY ("scorerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
