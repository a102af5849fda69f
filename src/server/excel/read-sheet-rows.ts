import "server-only";
import { Worker } from "node:worker_threads";
import type { CellValue } from "exceljs";
import { UploadRefusal } from "@/server/uploads/upload-refusal";
import { NOT_XLSX } from "./check-xlsx-archive";

/** A non-empty row of the first sheet: its number and its values by column (1-based). */
export type SheetRow = { number: number; values: (CellValue | undefined)[] };

type WorkerAnswer =
  | { type: "rows"; rows: SheetRow[] }
  | { type: "too-many-rows" }
  | { type: "too-many-columns"; row: number }
  | { type: "no-sheet" }
  | { type: "unreadable" }
  | { type: "exhausted" };

export type SheetLimits = { maxRows: number; maxColumns: number; tooManyRows: string };

/**
 * The worker's bounds: a legitimate sheet of 5,000 tasks reads in about a second within a few
 * tens of MB; anything that needs more is refused rather than allowed to take the server with it.
 */
const WORKER_LIMITS = {
  resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  timeoutMs: 10_000,
  // Parses at once per server process; one more is refused (429) to be tried again shortly.
  concurrent: 2,
};

const TOO_COMPLEX =
  "Tệp quá phức tạp để đọc (vượt giới hạn bộ nhớ hoặc 10 giây xử lý). Hãy chỉ giữ lại trang nhiệm vụ rồi thử lại.";
const BUSY = "Máy chủ đang đọc các tệp khác. Vui lòng thử lại sau ít phút.";

// This exact form (`new Worker(new URL(literal, import.meta.url))`) is what Turbopack recognises
// and bundles as a worker entry; under vitest it is the source file itself.
const WORKER_FILE = new URL("./sheet-rows.worker.mjs", import.meta.url);
let running = 0;

function runWorker(content: Uint8Array, limits: SheetLimits): Promise<WorkerAnswer> {
  // A copy of its own (a Buffer may share its memory) moves to the worker without another copy.
  const copy = new Uint8Array(content);
  const worker = new Worker(WORKER_FILE, {
    workerData: { content: copy, maxRows: limits.maxRows, maxColumns: limits.maxColumns },
    transferList: [copy.buffer],
    resourceLimits: WORKER_LIMITS.resourceLimits,
  });
  return new Promise<WorkerAnswer>((resolve) => {
    const timer = setTimeout(() => resolve({ type: "exhausted" }), WORKER_LIMITS.timeoutMs);
    worker.once("message", (answer: WorkerAnswer) => resolve(answer));
    worker.once("error", (error: Error & { code?: string }) =>
      resolve({ type: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "exhausted" : "unreadable" }),
    );
    worker.once("exit", () => resolve({ type: "unreadable" }));
    worker.once("exit", () => clearTimeout(timer));
  }).finally(() => void worker.terminate());
}

function rowsOrRefusal(answer: WorkerAnswer, limits: SheetLimits): SheetRow[] {
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

/** The first sheet's non-empty rows, read by exceljs in a worker thread within `limits`. */
export async function readSheetRows(content: Uint8Array, limits: SheetLimits): Promise<SheetRow[]> {
  if (running >= WORKER_LIMITS.concurrent) throw new UploadRefusal(BUSY, 429);
  running += 1;
  try {
    return rowsOrRefusal(await runWorker(content, limits), limits);
  } finally {
    running -= 1;
  }
}
