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
