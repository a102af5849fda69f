import { AlignmentType, BorderStyle, Paragraph, TextRun, type ITableCellOptions } from "docx";

/**
 * The measures of a state document (Decree 30/2020/NĐ-CP, Appendix I): Times New Roman, body in
 * 14 pt, A4 with margins of 20 mm top and bottom, 30 mm left, 15 mm right. Sizes are half-points.
 */
export const FONT = "Times New Roman";
export const SIZE = { body: 28, heading: 26, nationalTitle: 24, table: 24, recipients: 22 } as const;
// Rounded, not truncated (docx's convertMillimetersToTwip floors): A4 is 11906 × 16838 twips.
const twips = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
export const PAGE = { width: twips(210), height: twips(297) };
export const MARGIN = { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15) };
/** The width the text may take, between the margins. */
export const contentWidth = (landscape: boolean) =>
  (landscape ? PAGE.height : PAGE.width) - MARGIN.left - MARGIN.right;

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
/** A layout table's cells draw nothing: it only places the heading's and signatures' columns. */
export const NO_BORDERS: ITableCellOptions["borders"] = { top: NONE, bottom: NONE, left: NONE, right: NONE };
export const NO_TABLE_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

type LineOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number; after?: number };

/** One centred line, as the heading, title and signature blocks are set. */
export function centredLine(text: string, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [
      new TextRun({
        text,
        bold: options.bold,
        italics: options.italics,
        underline: options.underline ? {} : undefined,
        size: options.size ?? SIZE.body,
      }),
    ],
  });
}
