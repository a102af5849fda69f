import "server-only";
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import type { StateDocument } from "@/domain/documents";
import { contentWidth, FONT, MARGIN, PAGE, SIZE } from "./docx-layout";
import { bodyBlock, closingBlocks, headingTable, titleBlock } from "./docx-parts";

/** Page numbers at the top centre, from page 2 on (Decree 30/2020/NĐ-CP, Appendix I §II.12). */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.heading })],
      }),
    ],
  });

/** A state document as a Word file. */
export function stateDocumentDocx(doc: StateDocument): Document {
  const landscape = doc.orientation === "landscape";
  const width = contentWidth(landscape);
  return new Document({
    creator: "ThiĐua",
    title: doc.kind ? `${doc.kind} ${doc.subject}` : doc.subject,
    description: doc.source,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              ...PAGE,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: MARGIN,
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [
          headingTable(doc, width),
          ...titleBlock(doc),
          ...doc.body.map((block) => bodyBlock(block, width)),
          ...closingBlocks(doc, width),
        ],
      },
    ],
  });
}

export async function stateDocumentBuffer(doc: StateDocument): Promise<Buffer> {
  return Packer.toBuffer(stateDocumentDocx(doc));
}
