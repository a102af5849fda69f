-- Issue 13: a session is checked against its account on every request (find-session-user.ts).
-- Each app instance may keep the account's row until the database says it changed, so every
-- change to an account announces "user:<id>" on the channel the live updates use (a bloc-year id
-- never starts with "user:"). Sign-out, password changes and resets, deactivation and renames
-- write the row; a change of grants does too (20261129115929_user_grants raises the holder's
-- session version).

CREATE OR REPLACE FUNCTION "notify_account_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('bloc_year_changed', 'user:' || OLD."id");
  ELSE
    PERFORM pg_notify('bloc_year_changed', 'user:' || NEW."id");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "User_notify_account_changed" AFTER UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "notify_account_changed"();

-- A year's frame (the rankings page: the bloc's and province's names, who may view the year) is
-- kept per instance too: a change to its bloc or province announces each of their years.
CREATE OR REPLACE FUNCTION "notify_years_of_bloc_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Bloc' THEN
    PERFORM pg_notify('bloc_year_changed', y."id") FROM "BlocYear" y WHERE y."blocId" = NEW."id";
  ELSE
    PERFORM pg_notify('bloc_year_changed', y."id")
      FROM "BlocYear" y JOIN "Bloc" b ON b."id" = y."blocId" WHERE b."provinceId" = NEW."id";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Bloc_notify_years_changed" AFTER UPDATE ON "Bloc"
  FOR EACH ROW EXECUTE FUNCTION "notify_years_of_bloc_changed"();
CREATE TRIGGER "Province_notify_years_changed" AFTER UPDATE ON "Province"
  FOR EACH ROW EXECUTE FUNCTION "notify_years_of_bloc_changed"();
