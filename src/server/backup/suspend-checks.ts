import type { SqlTarget } from "@/server/database/sql-target";
import { quoteIdentifier } from "./catalog";

type Named = { table: string; name: string };

/**
 * Runs `load` with foreign keys checked only at its end and the app's own triggers off, then puts
 * both back as they were — all inside the caller's transaction, so a failure undoes this too.
 * Deferring (not ordering) the foreign keys covers self-references (criteria trees, merged
 * provinces) and any cycle; the triggers are NOTIFY (a restore is no live change) and the snapshot
 * guard, and a verbatim copy must not run logic that derives rows on insert.
 * Needs only table ownership, not superuser (session_replication_role would).
 */
export async function suspendChecks(tx: SqlTarget, load: () => Promise<void>): Promise<void> {
  const keys = (await tx.query(
    `SELECT cl.relname AS "table", co.conname AS name
       FROM pg_constraint co
       JOIN pg_class cl ON cl.oid = co.conrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE n.nspname = current_schema() AND co.contype = 'f' AND NOT co.condeferrable`,
  )) as Named[];
  const triggers = (await tx.query(
    `SELECT cl.relname AS "table", t.tgname AS name
       FROM pg_trigger t
       JOIN pg_class cl ON cl.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled = 'O'`,
  )) as Named[];
  await alterEach(tx, keys, "ALTER CONSTRAINT", "DEFERRABLE INITIALLY DEFERRED");
  await alterEach(tx, triggers, "DISABLE TRIGGER", "");
  await tx.exec("SET CONSTRAINTS ALL DEFERRED");
  await load();
  // Every deferred check runs here; a violation fails the restore.
  await tx.exec("SET CONSTRAINTS ALL IMMEDIATE");
  await alterEach(tx, keys, "ALTER CONSTRAINT", "NOT DEFERRABLE");
  await alterEach(tx, triggers, "ENABLE TRIGGER", "");
}

async function alterEach(tx: SqlTarget, items: readonly Named[], action: string, suffix: string) {
  for (const item of items) {
    await tx.exec(
      `ALTER TABLE ${quoteIdentifier(item.table)} ${action} ${quoteIdentifier(item.name)} ${suffix}`,
    );
  }
}
