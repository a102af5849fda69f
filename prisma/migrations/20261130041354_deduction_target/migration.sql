-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "reducesId" TEXT;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_reducesId_fkey" FOREIGN KEY ("reducesId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
