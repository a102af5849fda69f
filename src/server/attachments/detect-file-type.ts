import "server-only";
import { MalformedZipError, readZipEnd, readZipEntries } from "@/server/excel/zip-directory";

/** What a file is, decided by its first bytes (and for Office files its inner layout), never by the browser's claim. */
export type FileKind = "pdf" | "png" | "jpeg" | "docx" | "xlsx" | "doc" | "xls";

export type DetectedFileType = { kind: FileKind; mimeType: string; extension: string };

// Extensions people give each kind; any other is replaced by the kind's own (see nameForContent).
const KNOWN_EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ["pdf"],
  png: ["png"],
  jpeg: ["jpg", "jpeg", "jpe", "jfif"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  doc: ["doc"],
  xls: ["xls"],
};

const TYPES: Record<FileKind, DetectedFileType> = {
  pdf: { kind: "pdf", mimeType: "application/pdf", extension: "pdf" },
  png: { kind: "png", mimeType: "image/png", extension: "png" },
  jpeg: { kind: "jpeg", mimeType: "image/jpeg", extension: "jpg" },
  docx: {
    kind: "docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  xlsx: {
    kind: "xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  },
  doc: { kind: "doc", mimeType: "application/msword", extension: "doc" },
  xls: { kind: "xls", mimeType: "application/vnd.ms-excel", extension: "xls" },
};

const SIGNATURES: { kind: FileKind | "zip" | "ole"; magic: number[] }[] = [
  { kind: "pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: "png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "jpeg", magic: [0xff, 0xd8, 0xff] },
  { kind: "zip", magic: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "ole", magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

// A Word or Excel file within the upload limit lists far fewer parts; more is not an Office file.
const MAX_ZIP_ENTRIES = 5000;

/** A .docx or .xlsx by the parts its zip directory lists (ECMA-376 Part 2): nothing is unpacked. */
function officeOpenXmlKind(bytes: Uint8Array): FileKind | null {
  try {
    if (readZipEnd(bytes).entryCount > MAX_ZIP_ENTRIES) return null;
    const names = readZipEntries(bytes).map((entry) => entry.name);
    if (!names.includes("[Content_Types].xml")) return null;
    if (names.includes("word/document.xml")) return "docx";
    if (names.includes("xl/workbook.xml")) return "xlsx";
    return null;
  } catch (error) {
    if (error instanceof MalformedZipError) return null;
    throw error;
  }
}

/**
 * Legacy Word/Excel files share one container (OLE compound file); telling them apart needs
 * reading its directory, so the name's extension chooses between the two — a wrong guess still
 * serves an Office file, never a script.
 */
function legacyOfficeKind(fileName: string): FileKind | null {
  const extension = fileName.toLowerCase().split(".").pop();
  return extension === "doc" || extension === "xls" ? extension : null;
}

export function detectFileType(bytes: Uint8Array, fileName = ""): DetectedFileType | null {
  const match = SIGNATURES.find(({ magic }) => magic.every((byte, index) => bytes[index] === byte));
  if (!match) return null;
  const kind =
    match.kind === "zip"
      ? officeOpenXmlKind(bytes)
      : match.kind === "ole"
        ? legacyOfficeKind(fileName)
        : match.kind;
  return kind ? TYPES[kind] : null;
}

/**
 * The name a file is kept under: the uploader's, with an extension that says what the bytes are.
 * "bien-ban.png" holding a PDF becomes "bien-ban.pdf", so whoever downloads it can open it.
 */
export function nameForContent(fileName: string, type: DetectedFileType): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  if (KNOWN_EXTENSIONS[type.kind].includes(extension)) return fileName;
  return `${stem}.${type.extension}`;
}

const KIND_WORDS: Record<FileKind, string> = {
  pdf: "PDF",
  png: "ảnh PNG",
  jpeg: "ảnh JPEG",
  docx: "Word",
  xlsx: "Excel",
  doc: "Word",
  xls: "Excel",
};

/** What the name's extension claims the file is ("PDF" for "x.pdf"), in words; null for any other name. */
export function claimedKind(fileName: string): { words: string; extension: string } | null {
  const dot = fileName.lastIndexOf(".");
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  const kind = (Object.keys(KNOWN_EXTENSIONS) as FileKind[]).find((known) =>
    KNOWN_EXTENSIONS[known].includes(extension),
  );
  return kind ? { words: KIND_WORDS[kind], extension } : null;
}
