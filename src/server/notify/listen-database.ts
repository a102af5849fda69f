import type { DatabaseBackend } from "@/server/database/backend";
import type { DatabaseListener, ListenCallbacks } from "./channel";
import { listenPglite } from "./listen-pglite";
import { listenPostgres, type ReconnectOptions } from "./listen-postgres";

/** LISTENs for bloc-year changes on whichever database the app runs on. */
export function listenForChanges(
  backend: DatabaseBackend,
  callbacks: ListenCallbacks,
  options?: ReconnectOptions,
): Promise<DatabaseListener> {
  return backend.kind === "pglite"
    ? listenPglite(backend.pglite, callbacks)
    : listenPostgres(backend.url, callbacks, options);
}
