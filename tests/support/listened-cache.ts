import { YearCache } from "@/server/cache/year-cache";
import type { DatabaseListener } from "@/server/notify/channel";
import { ChangeFeed } from "@/server/notify/change-feed";
import { listenForChanges } from "@/server/notify/listen-database";
import type { TestDatabase } from "./test-database";

/**
 * A per-instance cache as the app keeps one, listening to the test database's change notices:
 * entries go when the database announces a change to their key. Close the listener after.
 */
export async function listenedCache(
  t: TestDatabase,
): Promise<{ cache: YearCache; listener: DatabaseListener }> {
  const feed = new ChangeFeed();
  const listener = await listenForChanges(
    t.backend,
    { onChange: (key) => feed.publish(key), onResync: () => feed.publishAll() },
    { firstDelayMs: 20 },
  );
  return { cache: new YearCache(async (key, onChange) => feed.subscribe(key, () => onChange())), listener };
}
