import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type Archive,
  type ArchiveManifest,
  BackupError,
  manifestSchema,
} from "./archive-format";

/** A table's checksum: sha256 hex of its row lines, each followed by "\n" (archive-format.ts). */
export function rowsSha256(lines: readonly string[]): string {
  const hash = createHash("sha256");
  for (const line of lines) hash.update(`${line}\n`, "utf8");
  return hash.digest("hex");
}

export function encodeArchive(archive: Archive): Buffer {
  const parts = [JSON.stringify(archive.manifest)];
  for (const table of archive.manifest.tables) {
    parts.push(JSON.stringify({ table: table.name }), ...(archive.rows.get(table.name) ?? []));
  }
  return gzipSync(`${parts.join("\n")}\n`);
}

/** The archive in `bytes`, every table's row count and checksum verified; throws BackupError otherwise. */
export function decodeArchive(bytes: Buffer): Archive {
  const lines = gunzipText(bytes).split("\n");
  if (lines.pop() !== "") throw new BackupError("The backup is truncated (no final newline).");
  const manifest = parseManifest(lines[0]);
  const rows = new Map<string, string[]>();
  let next = 1;
  for (const table of manifest.tables) {
    if (lines[next] !== JSON.stringify({ table: table.name }))
      throw new BackupError(`The backup is damaged: the section of table ${table.name} is missing.`);
    const tableRows = lines.slice(next + 1, next + 1 + table.rows);
    if (tableRows.length !== table.rows || rowsSha256(tableRows) !== table.sha256)
      throw new BackupError(`The backup is damaged: table ${table.name} does not match its checksum.`);
    rows.set(table.name, tableRows);
    next += 1 + table.rows;
  }
  if (next !== lines.length) throw new BackupError("The backup is damaged: lines after the last table.");
  return { manifest, rows };
}

function gunzipText(bytes: Buffer): string {
  try {
    return gunzipSync(bytes).toString("utf8");
  } catch (error) {
    throw new BackupError(`Not a readable backup (gzip): ${(error as Error).message}`);
  }
}

function parseManifest(line: string | undefined): ArchiveManifest {
  let json: unknown;
  try {
    json = JSON.parse(line ?? "");
  } catch {
    throw new BackupError("Not a ThiĐua backup: the first line is not a manifest.");
  }
  const header = json as { format?: unknown; formatVersion?: unknown };
  if (header.format !== ARCHIVE_FORMAT) throw new BackupError("Not a ThiĐua backup: unknown format.");
  if (header.formatVersion !== ARCHIVE_FORMAT_VERSION)
    throw new BackupError(
      `This backup has format version ${String(header.formatVersion)}; this version of ThiĐua reads ` +
        `version ${ARCHIVE_FORMAT_VERSION}.`,
    );
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupError("The backup's manifest is damaged.");
  return parsed.data;
}

/**
 * Writes the archive under a temporary name and renames it, so a backup file is either whole or
 * absent (a scheduled job killed half-way leaves no file that looks like a backup). Never overwrites.
 */
export async function writeArchiveFile(file: string, archive: Archive): Promise<void> {
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose another file name.`);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, encodeArchive(archive), { mode: 0o600 });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export async function readArchiveFile(file: string): Promise<Archive> {
  if (!existsSync(file)) throw new BackupError(`No backup at ${file}.`);
  return decodeArchive(await readFile(file));
}
