/**
 * The NOTIFY channel the live_notify migration's triggers signal. The payload is a bloc-year id
 * (something of the year changed), `<bloc-year id>:<part>` when only one part of its data did
 * (…_notify_changed_part: its score sheets and lines, or its tasks), or "user:<id>" for a change
 * to an account (…_notify_accounts: cache/session-accounts.ts).
 */
export const BLOC_YEAR_CHANGED_CHANNEL = "bloc_year_changed";

/** The parts of a bloc-year's data a notice may name alone (see the payload above). */
export const CHANGED_PARTS = ["scores", "tasks"] as const;
export type ChangedPart = (typeof CHANGED_PARTS)[number];

/** What a notice names: the key its watchers listen on, and the part, when only one changed. */
export function parseChangeNotice(payload: string): { key: string; part?: ChangedPart } {
  const colon = payload.lastIndexOf(":");
  const part = payload.slice(colon + 1);
  return colon > 0 && (CHANGED_PARTS as readonly string[]).includes(part)
    ? { key: payload.slice(0, colon), part: part as ChangedPart }
    : { key: payload };
}

/** A stopped listener: after close() no callback runs any more. */
export type DatabaseListener = { close(): Promise<void> };

export type ListenCallbacks = {
  /** `notice`: the payload as sent (parseChangeNotice reads it). */
  onChange(notice: string): void;
  /** The listener was (re)connected after a drop: notices of the gap are lost. */
  onResync?(): void;
  onError?(error: unknown): void;
};
