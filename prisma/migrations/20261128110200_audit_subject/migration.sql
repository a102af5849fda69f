-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "subject" TEXT;
