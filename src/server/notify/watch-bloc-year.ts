import "server-only";
import { getDatabase } from "@/server/database/instance";
import type { DatabaseListener } from "./channel";
import { ChangeFeed, type ChangeListener } from "./change-feed";
import { listenForChanges } from "./listen-database";

type LiveHub = { feed: ChangeFeed; listening: Promise<DatabaseListener> };

// One listener per server process, kept on globalThis because Next evaluates server modules in
// several bundles; a second LISTEN connection would double every notice
// (docs/stack.md, "Live updates").
const globalForLive = globalThis as typeof globalThis & { thiduaLiveHub?: LiveHub };

function getLiveHub(): LiveHub {
  if (!globalForLive.thiduaLiveHub) {
    const feed = new ChangeFeed();
    const listening = listenForChanges(getDatabase().backend, {
      onChange: (notice) => feed.publish(notice),
      onResync: () => feed.publishAll(),
      onError: (error) => console.error("[live] mất kết nối LISTEN, đang kết nối lại", error),
    });
    // A failed first connection must not stay cached: the next subscriber tries again.
    listening.catch(() => delete globalForLive.thiduaLiveHub);
    globalForLive.thiduaLiveHub = { feed, listening };
  }
  return globalForLive.thiduaLiveHub;
}

/** Calls `listener` whenever the bloc-year changes, in any app instance on the same database. */
export async function watchBlocYear(blocYearId: string, listener: ChangeListener): Promise<() => void> {
  const hub = getLiveHub();
  await hub.listening;
  return hub.feed.subscribe(blocYearId, listener);
}
