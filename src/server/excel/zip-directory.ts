import "server-only";

/** One file of a zip archive as its central directory declares it (APPNOTE.TXT §4.3.12). */
export type ZipEntry = {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
};

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
// Values a ZIP64 archive puts in the classic fields; no workbook within the upload limit needs ZIP64.
const ZIP64_MARKERS = new Set([0xffff, 0xffffffff]);

export class MalformedZipError extends Error {}

function viewOf(content: Uint8Array): DataView {
  return new DataView(content.buffer, content.byteOffset, content.byteLength);
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let at = view.byteLength - END_RECORD_BYTES; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw new MalformedZipError("no end of central directory record");
}

/** The entry count and where the central directory lies, from the end record alone (cheap). */
export function readZipEnd(content: Uint8Array): { entryCount: number; start: number; size: number } {
  const view = viewOf(content);
  const end = findEndRecord(view);
  const entryCount = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if ([entryCount, size, start].some((value) => ZIP64_MARKERS.has(value)))
    throw new MalformedZipError("ZIP64 archive");
  if (start + size > end) throw new MalformedZipError("central directory outside the archive");
  return { entryCount, start, size };
}

/** Every entry the central directory lists; call readZipEnd first to bound the count. */
export function readZipEntries(content: Uint8Array): ZipEntry[] {
  const view = viewOf(content);
  const { entryCount, start, size } = readZipEnd(content);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = start;
  for (let index = 0; index < entryCount; index += 1) {
    if (at + 46 > start + size || view.getUint32(at, true) !== ENTRY_SIGNATURE)
      throw new MalformedZipError("bad central directory entry");
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: decoder.decode(content.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (ZIP64_MARKERS.has(entry.compressedSize) || ZIP64_MARKERS.has(entry.declaredSize))
      throw new MalformedZipError("ZIP64 entry");
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header. */
export function compressedData(content: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = viewOf(content);
  const header = entry.localHeaderOffset;
  if (header + 30 > content.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE)
    throw new MalformedZipError("bad local header");
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (dataStart + entry.compressedSize > content.byteLength)
    throw new MalformedZipError("entry data outside the archive");
  return content.subarray(dataStart, dataStart + entry.compressedSize);
}
