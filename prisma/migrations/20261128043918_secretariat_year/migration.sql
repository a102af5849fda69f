-- CreateEnum
CREATE TYPE "RotationRule" AS ENUM ('STANDING_DEPUTY_BECOMES_HEAD', 'MANUAL');

-- AlterEnum
ALTER TYPE "BlocYearStatus" ADD VALUE 'CORRECTING';

-- AlterTable
ALTER TABLE "Bloc" ADD COLUMN     "rotationRule" "RotationRule" NOT NULL DEFAULT 'STANDING_DEPUTY_BECOMES_HEAD';

-- AlterTable
ALTER TABLE "BlocYear" ADD COLUMN     "correctionReason" TEXT;

-- AlterTable
ALTER TABLE "Pledge" DROP COLUMN "attachmentUrl",
ADD COLUMN     "attachmentId" TEXT;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "outcome" TEXT;

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_attachmentId_key" ON "Pledge"("attachmentId");

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Published results are immutable (DOMAIN.md): refuse any UPDATE or DELETE of a snapshot at the
-- database itself, whatever code path or tool tries it. Corrections are new snapshots.
CREATE FUNCTION "thidua_refuse_snapshot_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ResultSnapshot rows are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "ResultSnapshot_immutable"
  BEFORE UPDATE OR DELETE ON "ResultSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "thidua_refuse_snapshot_change"();
