import "server-only";
import { loadSessionAccount, type SessionAccountLoader } from "@/server/auth/find-session-user";
import { db } from "@/server/db";
import { watchBlocYear } from "@/server/notify/watch-bloc-year";
import { YearCache } from "./year-cache";

/** The change-notice key of an account (migration …_notify_accounts): its row or its grants changed. */
export const accountNoticeKey = (userId: string) => `user:${userId}`;

// One cache per server process (globalThis: Next evaluates server modules in several bundles).
// YearCache keeps a value until a notice names its key; here the key is the account's.
const globalForAccounts = globalThis as typeof globalThis & { thiduaSessionAccounts?: YearCache };

function sessionAccountCache(): YearCache {
  globalForAccounts.thiduaSessionAccounts ??= new YearCache((key, onChange) =>
    watchBlocYear(key, () => onChange()),
  );
  return globalForAccounts.thiduaSessionAccounts;
}

/**
 * Every request checks its session against the account's row; this process reads the row once
 * and keeps it until the database announces a change to the account or its grants (in any app
 * instance), so a sign-out, a reset, a deactivation or a new grant takes effect as soon as the
 * notice arrives. When the process cannot listen, every check reads the row.
 */
export const cachedSessionAccount: SessionAccountLoader = (userId) =>
  accountsKeptIn(sessionAccountCache(), loadSessionAccount(db))(userId);

/** `load`, with each account kept in `cache` until a notice names it. */
export function accountsKeptIn(cache: YearCache, load: SessionAccountLoader): SessionAccountLoader {
  return (userId) =>
    cache.get({ kind: "session-account", blocYearId: accountNoticeKey(userId), variant: "" }, () =>
      load(userId),
    );
}

/** For the process that has just changed an account: its next check must not wait for the notice. */
export function forgetSessionAccount(userId: string): void {
  sessionAccountCache().forget(accountNoticeKey(userId));
}
