-- Live updates (issue 5): every change that can move a bloc-year's results (or what its
-- conference screen shows: members, roles, pledge signatures) announces the
-- bloc-year's id on the channel "bloc_year_changed". Each app instance LISTENs and tells its open
-- conference screens to reload, so several instances on one database stay in step.
-- PostgreSQL folds identical notifications of one transaction into one, so row-level triggers
-- cost one message per bloc-year per transaction however many rows change.

CREATE OR REPLACE FUNCTION "notify_bloc_year_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed RECORD;
  bloc_year_id TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF TG_TABLE_NAME = 'BlocYear' THEN
    bloc_year_id := changed."id";
  ELSIF TG_TABLE_NAME = 'ScoreLine' THEN
    -- A line knows its bloc-year through its sheet; when the sheet itself is being deleted the
    -- sheet's own trigger announces the change.
    SELECT s."blocYearId" INTO bloc_year_id FROM "ScoreSheet" s WHERE s."id" = changed."sheetId";
  ELSIF TG_TABLE_NAME = 'PledgeSignature' THEN
    SELECT p."blocYearId" INTO bloc_year_id FROM "Pledge" p WHERE p."id" = changed."pledgeId";
  ELSE
    bloc_year_id := changed."blocYearId";
  END IF;
  IF bloc_year_id IS NOT NULL THEN
    PERFORM pg_notify('bloc_year_changed', bloc_year_id);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ScoreLine_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "ScoreLine"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "ScoreSheet_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "ScoreSheet"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "BallotTally_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "BallotTally"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "Task_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "Task"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "AwardProposal_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "AwardProposal"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "BlocYear_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "BlocYear"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "ResultSnapshot_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "ResultSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
-- What the conference screen's other slides show.
CREATE TRIGGER "Membership_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "RoleAssignment_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "RoleAssignment"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "PledgeSignature_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "PledgeSignature"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
