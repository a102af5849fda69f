-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "scoreLineId" TEXT,
ADD COLUMN     "taskId" TEXT;

-- CreateIndex
CREATE INDEX "Attachment_taskId_idx" ON "Attachment"("taskId");

-- CreateIndex
CREATE INDEX "Attachment_scoreLineId_idx" ON "Attachment"("scoreLineId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_scoreLineId_fkey" FOREIGN KEY ("scoreLineId") REFERENCES "ScoreLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;
