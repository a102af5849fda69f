import "server-only";
import { createInflateRaw } from "node:zlib";
import { UploadRefusal } from "@/server/uploads/upload-refusal";
import {
  compressedData,
  MalformedZipError,
  readZipEnd,
  readZipEntries,
  type ZipEntry,
} from "./zip-directory";

/**
 * What an .xlsx may unpack to. A workbook of 5,000 tasks with long titles unpacks to about
 * 15 MB; a zip bomb packs hundreds of MB into a small upload by compressing repeated text.
 */
export const XLSX_LIMITS = {
  entries: 500,
  entryBytes: 25 * 1024 * 1024,
  totalBytes: 40 * 1024 * 1024,
  // Sheets of real data deflate 5–20×; a bomb's text deflates ~1,000×. Small parts may run high.
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
};

const MB = 1024 * 1024;
export const NOT_XLSX =
  "Tệp không đọc được như một bảng tính .xlsx. Hãy lưu tệp dưới dạng Excel Workbook (.xlsx) rồi thử lại.";
const TOO_BIG_UNPACKED = `Tệp giải nén ra quá lớn: một bảng tính nhập nhiệm vụ được giải nén tối đa ${XLSX_LIMITS.totalBytes / MB} MB. Hãy xóa các trang tính, hình ảnh không cần thiết hoặc chia thành nhiều tệp.`;
const STORED = 0;
const DEFLATED = 8;

function assertDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new UploadRefusal(NOT_XLSX, 400);
    total += entry.declaredSize;
    const ratio = entry.declaredSize / Math.max(entry.compressedSize, 1);
    const bomb = entry.declaredSize > XLSX_LIMITS.ratioFloorBytes && ratio > XLSX_LIMITS.ratio;
    if (bomb || entry.declaredSize > XLSX_LIMITS.entryBytes || total > XLSX_LIMITS.totalBytes)
      throw new UploadRefusal(TOO_BIG_UNPACKED, 413);
  }
}

/** Inflates without keeping the output, stopping as soon as it passes `cap` bytes. */
async function inflatedSize(data: Uint8Array, cap: number): Promise<number> {
  // Large chunks: a few turns of the event loop per part rather than one per 16 KB.
  const inflate = createInflateRaw({ chunkSize: 1024 * 1024 });
  inflate.end(data);
  let size = 0;
  for await (const chunk of inflate as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > cap) break;
  }
  return size;
}

// Declared sizes can lie: each part is inflated once (on zlib's thread pool, not the event
// loop) and refused the moment it outgrows what it declared.
async function assertActualSizes(content: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    const data = compressedData(content, entry);
    const size = entry.method === STORED ? data.byteLength : await inflatedSize(data, entry.declaredSize);
    if (size > entry.declaredSize) throw new UploadRefusal(TOO_BIG_UNPACKED, 413);
  }
}

/**
 * The archive's entries, once it is known to be a plain zip that unpacks within the limits:
 * checked before any workbook parser sees it, from the central directory, then by real sizes.
 */
export async function checkXlsxArchive(content: Uint8Array): Promise<ZipEntry[]> {
  try {
    if (readZipEnd(content).entryCount > XLSX_LIMITS.entries) throw new UploadRefusal(NOT_XLSX, 400);
    const entries = readZipEntries(content);
    assertDeclaredSizes(entries);
    await assertActualSizes(content, entries);
    return entries;
  } catch (error) {
    if (error instanceof MalformedZipError || isZlibError(error)) throw new UploadRefusal(NOT_XLSX, 400);
    throw error;
  }
}

function isZlibError(error: unknown): boolean {
  return error instanceof Error && "code" in error && String(error.code).startsWith("Z_");
}
