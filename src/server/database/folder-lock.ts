import { randomUUID } from "node:crypto";
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";

/** Who holds an embedded data folder: written into its lock file. */
export type FolderHolder = { pid: number; host: string; startedAt: string; token: string };

// Tokens of the locks this process holds, on globalThis because Next loads modules in several bundles.
const globalForLocks = globalThis as typeof globalThis & { thiduaHeldFolderLocks?: Set<string> };
const heldTokens = (globalForLocks.thiduaHeldFolderLocks ??= new Set());

export type FolderLock = { path: string; holder: FolderHolder; release(): void };

/** Another live process has the folder: PGlite in two processes silently loses writes. */
export class FolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: FolderHolder,
  ) {
    super(
      `The embedded database folder ${dataDir} is in use by process ${holder.pid} on ${holder.host} ` +
        `(started ${holder.startedAt}). Only one process may open it: stop that process first, ` +
        `or set DATABASE_URL to run several processes on PostgreSQL.` +
        (holder.host === os.hostname()
          ? ""
          : ` If that process no longer runs on ${holder.host}, delete ${lockPathOf(dataDir)}.`),
    );
    this.name = "FolderInUseError";
  }
}

/** The lock sits beside the folder, not in it: PGlite's initdb wants the folder to itself. */
export function lockPathOf(dataDir: string): string {
  return `${dataDir}.lock`;
}

/**
 * Takes the folder for this process (atomic create of the lock file), or throws FolderInUseError
 * naming the holder. A lock left by a process that no longer runs on this host is taken over.
 */
export function acquireFolderLock(dataDir: string): FolderLock {
  const lockPath = lockPathOf(dataDir);
  const holder: FolderHolder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  const content = JSON.stringify(holder);
  // Each turn either creates the file, throws, or removes one stale lock; a few turns suffice.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockPath, content)) return heldLock(lockPath, holder, content);
    const existing = readLockFile(lockPath);
    if (existing === null) continue;
    if (isAlive(existing.holder)) throw new FolderInUseError(dataDir, existing.holder);
    removeStaleLock(lockPath, existing.raw);
  }
  throw new Error(`Could not take the lock ${lockPath}: it keeps changing hands.`);
}

function tryCreate(lockPath: string, content: string): boolean {
  try {
    writeFileSync(lockPath, content, { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
}

function heldLock(lockPath: string, holder: FolderHolder, content: string): FolderLock {
  heldTokens.add(holder.token);
  const release = () => {
    process.off("exit", release);
    heldTokens.delete(holder.token);
    // Only our own file: never remove a lock someone took over after we were judged gone.
    if (readLockFile(lockPath)?.raw === content) unlinkSync(lockPath);
  };
  process.on("exit", release);
  return { path: lockPath, holder, release };
}

function readLockFile(lockPath: string): { raw: string; holder: FolderHolder } | null {
  let raw: string;
  try {
    raw = readFileSync(lockPath, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
  return { raw, holder: parseHolder(raw) };
}

// A torn or foreign file names no live process: it is stale.
function parseHolder(raw: string): FolderHolder {
  try {
    const parsed = JSON.parse(raw) as Partial<FolderHolder>;
    return {
      pid: Number(parsed.pid) || 0,
      host: String(parsed.host ?? os.hostname()),
      startedAt: String(parsed.startedAt ?? "?"),
      token: String(parsed.token ?? ""),
    };
  } catch {
    return { pid: 0, host: os.hostname(), startedAt: "?", token: "" };
  }
}

/** On another host we cannot tell, so the lock holds; on ours, signal 0 asks whether the pid runs. */
function isAlive(holder: FolderHolder): boolean {
  if (holder.host !== os.hostname()) return true;
  // Our own pid but not our token: an old file from before a restart (containers reuse pids).
  if (holder.pid === process.pid) return heldTokens.has(holder.token);
  if (holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/**
 * Moves the stale file aside under a name of our own, then checks it is the one judged stale:
 * if another process replaced it in between, its fresh lock is put back (link fails rather than
 * overwrite a third one).
 */
function removeStaleLock(lockPath: string, staleRaw: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  if (readFileSync(aside, "utf8") !== staleRaw) {
    try {
      linkSync(aside, lockPath);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
  }
  unlinkSync(aside);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}
