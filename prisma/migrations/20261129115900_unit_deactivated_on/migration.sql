-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "deactivatedOn" DATE;
