/** The little a migration runner needs from a database session. */
export type SqlTarget = {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a whole script in one simple-protocol call (one implicit transaction). */
  exec(sql: string): Promise<void>;
};
