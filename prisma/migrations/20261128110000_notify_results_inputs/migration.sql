-- The rest of a bloc-year's results inputs announce their changes too, so that a per-instance
-- cache of computed rankings (src/server/live/year-cache.ts) can trust "no notice, no change":
-- the score table and its criteria, eligibility flags, and unit names (a unit's name shows in
-- every bloc-year it belongs to).

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
  ELSIF TG_TABLE_NAME = 'Criterion' THEN
    SELECT t."blocYearId" INTO bloc_year_id FROM "ScoreTable" t WHERE t."id" = changed."scoreTableId";
  ELSIF TG_TABLE_NAME = 'UnitName' THEN
    PERFORM pg_notify('bloc_year_changed', m."blocYearId")
      FROM (SELECT DISTINCT "blocYearId" FROM "Membership" WHERE "unitId" = changed."unitId") m;
    RETURN NULL;
  ELSE
    bloc_year_id := changed."blocYearId";
  END IF;
  IF bloc_year_id IS NOT NULL THEN
    PERFORM pg_notify('bloc_year_changed', bloc_year_id);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ScoreTable_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "ScoreTable"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "Criterion_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "Criterion"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "EligibilityFlag_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "EligibilityFlag"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
CREATE TRIGGER "UnitName_notify_bloc_year_changed" AFTER INSERT OR UPDATE OR DELETE ON "UnitName"
  FOR EACH ROW EXECUTE FUNCTION "notify_bloc_year_changed"();
