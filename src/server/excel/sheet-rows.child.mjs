// The only place exceljs reads an upload: a child process started by read-sheet-rows.ts with a
// memory cap and a time limit, so a hostile workbook costs this process, never the server that
// answers everyone else. A process, not a worker thread: Node 20 aborts the whole process when a
// worker is stopped mid-way through creating a zlib stream (seen in CI: "close before init"),
// and a worker that runs out of memory is stopped at just such an arbitrary point.
// Plain JavaScript, run by Node as it is, both under vitest and beside `next start`.
import { Readable } from "node:stream";
// exceljs's streaming reader (ExcelJS.stream.xlsx.WorkbookReader) alone: the worker starts in
// about half the time it takes to load all of exceljs.
import WorkbookReader from "exceljs/lib/stream/xlsx/workbook-reader.js";

/** @typedef {{ content: Uint8Array; maxRows: number; maxColumns: number }} Job */

/** The first sheet in tab order (workbook.xml), or the first the archive holds when that is unknown. */
function isFirstSheet(reader, sheet) {
  const first = reader.model?.sheets?.[0]?.name;
  return first === undefined || sheet.name === undefined || sheet.name === first;
}

/** The row's values up to `maxColumns`, or "wide" when a value lies beyond it. */
function valuesOf(row, maxColumns) {
  const values = row.values;
  for (let column = maxColumns + 1; column < values.length; column += 1)
    if (values[column] !== undefined && values[column] !== null) return "wide";
  return values.slice(0, maxColumns + 1);
}

/** @param {Job} job */
async function readRows(sheet, job) {
  const rows = [];
  for await (const row of sheet) {
    const values = valuesOf(row, job.maxColumns);
    if (values === "wide") return { type: "too-many-columns", row: row.number };
    if (!values.some((value) => value !== undefined && value !== null)) continue;
    if (rows.length === job.maxRows) return { type: "too-many-rows" };
    rows.push({ number: row.number, values });
  }
  return { type: "rows", rows };
}

/** @param {Job} job */
async function readFirstSheet(job) {
  const input = Readable.from([
    Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength),
  ]);
  const reader = new WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  try {
    for await (const sheet of reader) if (isFirstSheet(reader, sheet)) return await readRows(sheet, job);
    return { type: "no-sheet" };
  } catch {
    return { type: "unreadable" };
  }
}

// One job per process: the answer goes back over the IPC channel, then the process ends itself
// (between two of its own statements, never in the middle of a stream's construction).
process.once("message", (job) => {
  void readFirstSheet(job).then((answer) => process.send(answer, () => process.exit(0)));
});
