-- Issue 10 item 4 / issue 11: the log names each change's author as they were named at the time,
-- so renaming an account later does not rewrite who did what in past years.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorName" TEXT;

-- The rows written before this migration can only take the names their authors have today.
UPDATE "AuditEvent" AS e SET "actorName" = u."displayName" FROM "User" AS u WHERE u."id" = e."actorId";

-- Every audit row takes its author's current name, whichever code writes it (recordAudit, the task
-- import's batch insert, the first admin's creation, a fix by hand).
CREATE OR REPLACE FUNCTION "audit_event_actor_name"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."actorName" IS NULL AND NEW."actorId" IS NOT NULL THEN
    SELECT "displayName" INTO NEW."actorName" FROM "User" WHERE "id" = NEW."actorId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditEvent_actor_name" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_actor_name"();
