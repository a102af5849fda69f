import { z } from "zod";

/**
 * A ThiĐua backup, format version 1: one gzip'd UTF-8 text of JSON lines (README "Backups").
 *
 *   line 1             the manifest (below)
 *   per table, in the manifest's order:
 *     {"table":"<name>"}   a section header
 *     one line per row     a JSON object keyed by column name; a SQL NULL leaves its key out
 *
 * Column values by encoding: base64 (bytea), json (jsonb, embedded as JSON), native (boolean,
 * smallint, integer as JSON booleans and numbers), iso (date and timestamps as ISO 8601 text, UTC),
 * text (everything else — bigint, numeric, floats, enums, arrays, json — as PostgreSQL's text form).
 * A table's sha256 covers its row lines, each followed by "\n".
 */
export const ARCHIVE_FORMAT = "thidua-backup";
export const ARCHIVE_FORMAT_VERSION = 1;

export const COLUMN_ENCODINGS = ["base64", "json", "native", "iso", "text"] as const;
export type ColumnEncoding = (typeof COLUMN_ENCODINGS)[number];

const columnSchema = z.object({
  name: z.string().min(1),
  /** format_type(): what the restore casts the text back to, and checks the target against. */
  type: z.string().min(1),
  encoding: z.enum(COLUMN_ENCODINGS),
});

const tableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(columnSchema).min(1),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  source: z.object({ backend: z.enum(["pglite", "postgres"]), serverVersion: z.string() }),
  /** The migrations the database had applied: the schema the rows belong to. */
  migrations: z.array(z.object({ name: z.string().min(1), checksum: z.string() })),
  tables: z.array(tableSchema),
  sequences: z.array(z.object({ name: z.string().min(1), lastValue: z.string(), isCalled: z.boolean() })),
});

export type ArchiveManifest = z.infer<typeof manifestSchema>;
export type ArchiveTable = ArchiveManifest["tables"][number];
export type ArchiveColumn = ArchiveTable["columns"][number];

/** A backup in memory: the manifest and each table's row lines, in the manifest's order. */
export type Archive = { manifest: ArchiveManifest; rows: ReadonlyMap<string, readonly string[]> };

/** A backup or restore refused for a reason the operator can act on. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
