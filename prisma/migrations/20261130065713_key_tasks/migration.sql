-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "isKey" BOOLEAN NOT NULL DEFAULT false;
