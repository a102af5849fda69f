-- Issue 11: access is a list of grants, each with its scope, instead of one role per user.

-- CreateEnum
CREATE TYPE "GrantKind" AS ENUM ('PROVINCE_ADMIN', 'BLOC_SECRETARIAT', 'AGENCY_LEADER', 'VIEWER', 'AGENCY_SECRETARIAT_STAFF');

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "GrantKind" NOT NULL,
    "provinceId" TEXT NOT NULL,
    "blocId" TEXT,
    "unitId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Grant_userId_idx" ON "Grant"("userId");

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every existing user keeps exactly the access they had: their role becomes one grant with the
-- same scope (ids without "-", like cuids, so authz's NO_MATCH stays unmatched).
INSERT INTO "Grant" ("id", "userId", "kind", "provinceId", "blocId", "unitId")
SELECT 'g' || md5("id"), "id", "role"::text::"GrantKind", "provinceId", "blocId", "unitId" FROM "User";

-- AlterTable
ALTER TABLE "Bloc" ADD COLUMN     "secretariatFollowsHeadUnit" BOOLEAN NOT NULL DEFAULT false;

-- DropForeignKey
ALTER TABLE "User" DROP CONSTRAINT "User_blocId_fkey";

-- DropForeignKey
ALTER TABLE "User" DROP CONSTRAINT "User_unitId_fkey";

-- AlterTable: the grants are now the one source of a user's access.
ALTER TABLE "User" DROP COLUMN "blocId",
DROP COLUMN "role",
DROP COLUMN "unitId",
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- DropEnum
DROP TYPE "UserRole";

-- A change of grants ends every session of the holder, whichever code makes it (the same rule as
-- the password and "active" trigger of 20261129094819_session_version).
CREATE OR REPLACE FUNCTION "end_sessions_on_grant_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- OLD is null on INSERT and NEW on DELETE; an UPDATE may move a grant between users.
  UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1
  WHERE "id" = NEW."userId" OR "id" = OLD."userId";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Grant_end_sessions_on_change" AFTER INSERT OR UPDATE OR DELETE ON "Grant"
  FOR EACH ROW EXECUTE FUNCTION "end_sessions_on_grant_change"();
