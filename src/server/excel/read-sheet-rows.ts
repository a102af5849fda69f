import "server-only";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CellValue } from "exceljs";
import { UploadRefusal } from "@/server/uploads/upload-refusal";
import { NOT_XLSX } from "./check-xlsx-archive";

/** A non-empty row of the first sheet: its number and its values by column (1-based). */
export type SheetRow = { number: number; values: (CellValue | undefined)[] };

type ReaderAnswer =
  | { type: "rows"; rows: SheetRow[] }
  | { type: "too-many-rows" }
  | { type: "too-many-columns"; row: number }
  | { type: "no-sheet" }
  | { type: "unreadable" }
  | { type: "exhausted" };

export type SheetLimits = { maxRows: number; maxColumns: number; tooManyRows: string };

/**
 * The reader's bounds: a legitimate sheet of 5,000 tasks reads in about a second within a few
 * tens of MB; anything that needs more is refused rather than allowed to take the server with it.
 */
const READER_LIMITS = {
  heapMb: 96,
  timeoutMs: 10_000,
  // Parses at once per server process; one more is refused (429) to be tried again shortly.
  concurrent: 2,
};

const TOO_COMPLEX =
  "Tệp quá phức tạp để đọc (vượt giới hạn bộ nhớ hoặc 10 giây xử lý). Hãy chỉ giữ lại trang nhiệm vụ rồi thử lại.";
const BUSY = "Máy chủ đang đọc các tệp khác. Vui lòng thử lại sau ít phút.";

// `new URL(literal, import.meta.url)` is what Turbopack recognises as a file the server needs
// and emits beside its chunks; under vitest it is the source file itself.
const READER_FILE = fileURLToPath(new URL("./sheet-rows.child.mjs", import.meta.url));
let running = 0;

/** Why a reader that ended without answering ended: its memory cap, or anything else. */
function exitAnswer(stderr: string): ReaderAnswer {
  return { type: /heap out of memory|Allocation failed/i.test(stderr) ? "exhausted" : "unreadable" };
}

function runReader(content: Uint8Array, limits: SheetLimits): Promise<ReaderAnswer> {
  // Its own process with nothing of the server's environment (no database address, no secrets).
  const reader = spawn(process.execPath, [`--max-old-space-size=${READER_LIMITS.heapMb}`, READER_FILE], {
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    serialization: "advanced",
    env: { NODE_ENV: process.env.NODE_ENV },
  });
  let stderr = "";
  reader.stderr?.setEncoding("utf8").on("data", (text: string) => {
    if (stderr.length < 4096) stderr += text;
  });
  return new Promise<ReaderAnswer>((resolve) => {
    const timer = setTimeout(() => resolve({ type: "exhausted" }), READER_LIMITS.timeoutMs);
    reader.once("message", (answer: ReaderAnswer) => resolve(answer));
    // "on", not "once": a failed start may report more than one error (spawn, then the IPC send).
    reader.on("error", () => resolve({ type: "unreadable" }));
    // "close", not "exit": it comes after the IPC channel and stderr have delivered everything.
    reader.once("close", () => {
      clearTimeout(timer);
      resolve(exitAnswer(stderr));
    });
    reader.send({ content, maxRows: limits.maxRows, maxColumns: limits.maxColumns });
  }).finally(() => {
    if (reader.exitCode === null && reader.signalCode === null) reader.kill("SIGKILL");
  });
}

function rowsOrRefusal(answer: ReaderAnswer, limits: SheetLimits): SheetRow[] {
  switch (answer.type) {
    case "rows":
      return answer.rows;
    case "too-many-rows":
      throw new UploadRefusal(limits.tooManyRows, 413);
    case "too-many-columns":
      throw new UploadRefusal(
        `Dòng ${answer.row} có dữ liệu ngoài ${limits.maxColumns} cột đầu tiên. Hãy xóa các cột thừa rồi thử lại.`,
        413,
      );
    case "no-sheet":
      throw new UploadRefusal("Tệp không có trang tính nào.", 400);
    case "unreadable":
      throw new UploadRefusal(NOT_XLSX, 400);
    case "exhausted":
      throw new UploadRefusal(TOO_COMPLEX, 413);
  }
}

/** The first sheet's non-empty rows, read by exceljs in a child process within `limits`. */
export async function readSheetRows(content: Uint8Array, limits: SheetLimits): Promise<SheetRow[]> {
  if (running >= READER_LIMITS.concurrent) throw new UploadRefusal(BUSY, 429);
  running += 1;
  try {
    return rowsOrRefusal(await runReader(content, limits), limits);
  } finally {
    running -= 1;
  }
}
