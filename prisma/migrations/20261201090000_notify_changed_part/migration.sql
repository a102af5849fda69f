-- A change to a bloc-year's score sheets and lines, or to its tasks, names that part in its notice
-- ("<bloc-year id>:scores", "<bloc-year id>:tasks"; src/server/notify/channel.ts): a process that
-- keeps the year's other rows loaded (the engine's input, cache/year-loaders.ts) reloads only that
-- part. Every other change still announces the whole year.
CREATE OR REPLACE FUNCTION "notify_bloc_year_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed RECORD;
  bloc_year_id TEXT;
  part TEXT := '';
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF TG_TABLE_NAME = 'BlocYear' THEN
    bloc_year_id := changed."id";
  ELSIF TG_TABLE_NAME = 'ScoreLine' THEN
    -- A line knows its bloc-year through its sheet; when the sheet itself is being deleted the
    -- sheet's own trigger announces the change.
    SELECT s."blocYearId" INTO bloc_year_id FROM "ScoreSheet" s WHERE s."id" = changed."sheetId";
    part := ':scores';
  ELSIF TG_TABLE_NAME = 'ScoreSheet' THEN
    bloc_year_id := changed."blocYearId";
    part := ':scores';
  ELSIF TG_TABLE_NAME = 'Task' THEN
    bloc_year_id := changed."blocYearId";
    part := ':tasks';
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
    PERFORM pg_notify('bloc_year_changed', bloc_year_id || part);
  END IF;
  RETURN NULL;
END;
$$;
