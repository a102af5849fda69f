import type { PGlite } from "@electric-sql/pglite";
import { BLOC_YEAR_CHANGED_CHANNEL, type DatabaseListener, type ListenCallbacks } from "./channel";

/**
 * The embedded database delivers NOTIFY in-process only: fine, it serves one process
 * (docs/stack.md, "One process per PGlite folder").
 */
export async function listenPglite(pglite: PGlite, callbacks: ListenCallbacks): Promise<DatabaseListener> {
  const unlisten = await pglite.listen(BLOC_YEAR_CHANGED_CHANNEL, (payload) => callbacks.onChange(payload));
  return { close: () => unlisten() };
}
