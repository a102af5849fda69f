/**
 * The NOTIFY channel the live_notify migration's triggers signal; the payload is a bloc-year id,
 * or "user:<id>" for a change to an account (…_notify_accounts: cache/session-accounts.ts).
 */
export const BLOC_YEAR_CHANGED_CHANNEL = "bloc_year_changed";

/** A stopped listener: after close() no callback runs any more. */
export type DatabaseListener = { close(): Promise<void> };

export type ListenCallbacks = {
  onChange(blocYearId: string): void;
  /** The listener was (re)connected after a drop: notices of the gap are lost. */
  onResync?(): void;
  onError?(error: unknown): void;
};
