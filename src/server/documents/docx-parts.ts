import {
  AlignmentType,
  convertMillimetersToTwip,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { DocumentBlock, DocumentSigner, StateDocument } from "@/domain/documents";
import { centredLine, NO_BORDERS, NO_TABLE_BORDERS, SIZE } from "./docx-layout";

/**
 * A table of columns without lines, for the parts a state document sets side by side; `shares`
 * are the columns' relative widths (equal when not given).
 */
function layoutTable(cells: Paragraph[][], width: number, shares: number[] = cells.map(() => 1)): Table {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const columns = shares.map((share) => Math.floor((width * share) / total));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({
        children: cells.map(
          (children, index) =>
            new TableCell({
              children,
              borders: NO_BORDERS,
              width: { size: columns[index]!, type: WidthType.DXA },
            }),
        ),
      }),
    ],
  });
}

/** Top left the issuing body and the number; top right the national heading, motto, place and date. */
export function headingTable(doc: StateDocument, width: number): Table {
  const left = [
    centredLine(doc.issuer, { bold: true, size: SIZE.nationalTitle }),
    centredLine("—————", { size: SIZE.heading, after: 120 }),
    ...(doc.numberSymbol ? [centredLine(`Số: ${doc.numberSymbol}`, { size: SIZE.heading })] : []),
  ];
  const right = [
    // 12 pt, on one line, as the national title is set (Decree 30/2020/NĐ-CP, Appendix I §II.1).
    centredLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: SIZE.nationalTitle }),
    centredLine("Độc lập - Tự do - Hạnh phúc", {
      bold: true,
      underline: true,
      size: SIZE.heading,
      after: 240,
    }),
    centredLine(doc.placeDate, { italics: true }),
  ];
  return layoutTable([left, right], width, [2, 3]);
}

/** The kind and subject, centred and bold, then whom the document is addressed to. */
export function titleBlock(doc: StateDocument): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 360 }, children: [] }),
    ...(doc.kind ? [centredLine(doc.kind, { bold: true })] : []),
    centredLine(doc.subject, { bold: true, after: 240 }),
    ...doc.addressees.map((addressee) => centredLine(`Kính gửi: ${addressee}`, { after: 240 })),
  ];
}

export function bodyBlock(block: DocumentBlock, width: number): Paragraph | Table {
  if (block.kind === "paragraph")
    return new Paragraph({
      alignment:
        block.align === "center"
          ? AlignmentType.CENTER
          : block.align === "left"
            ? AlignmentType.LEFT
            : AlignmentType.JUSTIFIED,
      indent: block.firstLineIndent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
      spacing: { before: 60, after: 60 },
      children: block.runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic })),
    });
  return dataTable(block, width);
}

/** A bordered table whose header row repeats on every page. */
function dataTable(block: Extract<DocumentBlock, { kind: "table" }>, width: number): Table {
  const total = block.widths.reduce((sum, part) => sum + part, 0);
  const columnWidths = block.widths.map((part) => Math.floor((width * part) / total));
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      width: { size: columnWidths[column]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [
        new Paragraph({
          alignment: header || block.centred.includes(column) ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size: SIZE.table })],
        }),
      ],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.headers.map((text, column) => cell(text, column, true)),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column, false)) }),
      ),
    ],
  });
}

const nameLines = (signer: DocumentSigner) => [
  // The room Decree 30 leaves for the signature and the seal.
  ...[1, 2, 3, 4].map(() => centredLine("")),
  centredLine(signer.fullName ?? "……………………………", { bold: true }),
];
const capacityLines = (signer: DocumentSigner) =>
  signer.capacity.map((line) => centredLine(line, { bold: true, size: SIZE.heading }));

/**
 * Several signers side by side: their capacities in one row and their names in the next, so the
 * names stand on one line however many lines a capacity wraps to.
 */
function signersTable(signers: DocumentSigner[], width: number): Table {
  const column = Math.floor(width / signers.length);
  const cell = (children: Paragraph[]) =>
    new TableCell({ children, borders: NO_BORDERS, width: { size: column, type: WidthType.DXA } });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: signers.map(() => column),
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, children: signers.map((signer) => cell(capacityLines(signer))) }),
      new TableRow({ cantSplit: true, children: signers.map((signer) => cell(nameLines(signer))) }),
    ],
  });
}

function recipientsCell(recipients: string[]): Paragraph[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: "Nơi nhận:", bold: true, italics: true, size: SIZE.table })],
    }),
    ...recipients.map(
      (line) => new Paragraph({ children: [new TextRun({ text: `- ${line}`, size: SIZE.recipients })] }),
    ),
  ];
}

/**
 * Bottom left the recipients, bottom right the signer; a document signed by several (the head and
 * the deputies) sets their blocks side by side, with the recipients below.
 */
export function closingBlocks(doc: StateDocument, width: number): (Paragraph | Table)[] {
  const space = new Paragraph({ spacing: { before: 240 }, children: [] });
  const recipients = doc.recipients.length > 0 ? recipientsCell(doc.recipients) : [centredLine("")];
  if (doc.signers.length <= 1) {
    const signer = doc.signers[0];
    const signature = signer ? [...capacityLines(signer), ...nameLines(signer)] : [centredLine("")];
    return [space, layoutTable([recipients, signature], width)];
  }
  return [
    space,
    signersTable(doc.signers, width),
    ...(doc.recipients.length > 0 ? [space, ...recipients] : []),
  ];
}
