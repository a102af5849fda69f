import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { acquireFolderLock, FolderInUseError, lockPathOf } from "@/server/database/folder-lock";

// Real processes: `node --import tsx` runs the script in one process, so kill -9 hits the holder
// itself (the tsx wrapper would leave its child running). The react-server condition, as in
// `npm run db:migrate`: the script reaches the demo seed, which uses "server-only" modules.
const nodeWithTsx = (script: string) =>
  [process.execPath, ["--conditions=react-server", "--import", "tsx", script]] as const;

let workDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "thidua-folder-lock-"));
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

function start(script: string, dataDir: string): ChildProcess {
  const [command, args] = nodeWithTsx(script);
  const child = spawn(command, args, {
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return child;
}

async function holdFolder(dataDir: string): Promise<ChildProcess> {
  const holder = start("tests/support/hold-pglite-folder.ts", dataDir);
  let output = "";
  holder.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("holding") && resolve());
    holder.once("exit", (code) => reject(new Error(`holder exited with ${code}: ${output}`)));
  });
  return holder;
}

async function migrate(dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = start("scripts/db-migrate.ts", dataDir);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, output };
}

describe("one process per embedded data folder", () => {
  it("refuses a second process naming the holder, and starts again after the holder is killed", async () => {
    const dataDir = path.join(workDir, "shared");
    const holder = await holdFolder(dataDir);

    const refused = await migrate(dataDir);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`is in use by process ${holder.pid} on ${os.hostname()}`);

    holder.kill("SIGKILL");
    await once(holder, "exit");
    expect(existsSync(lockPathOf(dataDir))).toBe(true);

    const afterKill = await migrate(dataDir);
    expect(afterKill).toMatchObject({ code: 0 });
    expect(afterKill.output).toMatch(/^Applied: \d+_init/);
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
  }, 60_000);
});

describe("acquireFolderLock", () => {
  const folder = (name: string) => path.join(workDir, name);
  const lockFile = (name: string, content: object | string) =>
    writeFile(lockPathOf(folder(name)), typeof content === "string" ? content : JSON.stringify(content));

  it("refuses while this process holds the folder, and frees it on release", () => {
    const lock = acquireFolderLock(folder("twice"));
    expect(() => acquireFolderLock(folder("twice"))).toThrow(FolderInUseError);
    lock.release();
    acquireFolderLock(folder("twice")).release();
    expect(existsSync(lockPathOf(folder("twice")))).toBe(false);
  });

  it.each([
    ["a pid that no longer runs", { pid: 2 ** 22 + 1, host: os.hostname(), startedAt: "x" }],
    ["a torn file", '{"pid": 12'],
  ])("takes over a stale lock left with %s", async (_case, content) => {
    await lockFile("stale", content);
    const lock = acquireFolderLock(folder("stale"));
    expect(lock.holder.pid).toBe(process.pid);
    lock.release();
  });

  it("keeps a lock held on another host, saying which file to delete if that process is gone", async () => {
    await lockFile("remote", { pid: 4242, host: "another-host", startedAt: "2026-01-02T03:04:05.000Z" });
    expect(() => acquireFolderLock(folder("remote"))).toThrow(
      `in use by process 4242 on another-host (started 2026-01-02T03:04:05.000Z)`,
    );
    expect(() => acquireFolderLock(folder("remote"))).toThrow(`delete ${lockPathOf(folder("remote"))}`);
  });
});
