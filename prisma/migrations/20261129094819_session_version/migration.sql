-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 1;

-- A new password or a change of "active" ends every session of the user (issue 11, "Sessions that
-- end"), whichever code makes the change: the admin screens, a password reset, a fix by hand.
CREATE OR REPLACE FUNCTION "end_sessions_on_credential_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."sessionVersion" := GREATEST(NEW."sessionVersion", OLD."sessionVersion" + 1);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "User_end_sessions_on_credential_change" BEFORE UPDATE ON "User"
  FOR EACH ROW
  WHEN (OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash" OR OLD."active" IS DISTINCT FROM NEW."active")
  EXECUTE FUNCTION "end_sessions_on_credential_change"();
