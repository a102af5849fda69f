import "server-only";
import { crc32 } from "node:zlib";
import { compressedData, type ZipEntry } from "./zip-directory";

type Part = { name: Uint8Array; method: number; crc: number; data: Uint8Array; size: number };

// exceljs's streaming reader reads parts in archive order and spools a sheet to a temporary file
// when it comes before the shared strings or the workbook's relationships (as Excel writes them).
const READING_ORDER = [
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
];
const STAND_INS = [
  ["xl/_rels/workbook.xml.rels", "<Relationships/>"],
  ["xl/sharedStrings.xml", "<sst/>"],
] as const;

const encoder = new TextEncoder();

function storedPart(name: string, text: string): Part {
  const data = encoder.encode(text);
  return { name: encoder.encode(name), method: 0, crc: crc32(data), data, size: data.byteLength };
}

function chosenParts(content: Uint8Array, entries: readonly ZipEntry[]): Part[] {
  const present = (name: string) => entries.some((entry) => entry.name === name);
  const standIns = STAND_INS.filter(([name]) => !present(name)).map(([name, text]) => storedPart(name, text));
  const parts = READING_ORDER.flatMap((pattern) => entries.filter((entry) => pattern.test(entry.name))).map(
    (entry): Part => ({
      name: encoder.encode(entry.name),
      method: entry.method,
      crc: entry.crc,
      data: compressedData(content, entry),
      size: entry.declaredSize,
    }),
  );
  return [...standIns, ...parts];
}

function record(fields: readonly (readonly [bytes: 2 | 4, value: number])[], name?: Uint8Array): Uint8Array {
  const length = fields.reduce((sum, [bytes]) => sum + bytes, 0);
  const out = new Uint8Array(length + (name?.byteLength ?? 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [bytes, value] of fields) {
    if (bytes === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += bytes;
  }
  if (name) out.set(name, at);
  return out;
}

/**
 * A new archive of only the parts the first sheet needs, in the order the streaming reader wants
 * them, each with its checked sizes in its local header. exceljs then inflates nothing but parts
 * whose real size was measured: a part hidden from the central directory never reaches it.
 */
export function repackForReading(content: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const part of chosenParts(content, entries)) {
    const common = [
      [2, 20],
      [2, 0],
      [2, part.method],
      [4, 0],
      [4, part.crc],
      [4, part.data.byteLength],
      [4, part.size],
      [2, part.name.byteLength],
      [2, 0],
    ] as const;
    const local = record([[4, 0x04034b50], ...common], part.name);
    const tail = [
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, offset],
    ] as const;
    directory.push(record([[4, 0x02014b50], [2, 20], ...common, ...tail], part.name));
    chunks.push(local, part.data);
    offset += local.byteLength + part.data.byteLength;
  }
  const size = directory.reduce((sum, entry) => sum + entry.byteLength, 0);
  const end = record([
    [4, 0x06054b50],
    [4, 0],
    [2, directory.length],
    [2, directory.length],
    [4, size],
    [4, offset],
    [2, 0],
  ]);
  return Buffer.concat([...chunks, ...directory, end]);
}
