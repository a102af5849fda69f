/**
 * A Vietnamese state document (Decree 30/2020/NĐ-CP) as plain data: what it says and where, never
 * how a word processor draws it. src/server/documents turns it into a .docx.
 */
export type DocumentRun = { text: string; bold?: boolean; italic?: boolean };

export type DocumentBlock =
  | {
      kind: "paragraph";
      runs: DocumentRun[];
      align?: "left" | "center" | "justify";
      firstLineIndent?: boolean;
    }
  | {
      kind: "table";
      headers: string[];
      rows: string[][];
      /** Relative widths, one per column. */
      widths: number[];
      /** Columns whose cells are centred (numbers, ranks). */
      centred: number[];
    };

export type DocumentSigner = {
  /** The capacity in capitals, top to bottom: "TRƯỞNG KHỐI", then the signer's post ("GIÁM ĐỐC SỞ TÀI CHÍNH"). */
  capacity: string[];
  /** Null when the year records nobody: the document leaves a line to write the name on. */
  fullName: string | null;
};

export type StateDocument = {
  orientation: "portrait" | "landscape";
  /** The issuing body, in capitals (top left). */
  issuer: string;
  /** "01/TTr-KTKT"; null for a document that has none (a table attached to a letter). */
  numberSymbol: string | null;
  /** "Yên Bái, ngày 12 tháng 01 năm 2024". */
  placeDate: string;
  /** "TỜ TRÌNH", "BIÊN BẢN", … in capitals, or null when the subject line is the title. */
  kind: string | null;
  /** The subject under the kind, or the title itself. */
  subject: string;
  /** "Kính gửi: …" lines, none for a document that is not addressed. */
  addressees: string[];
  body: DocumentBlock[];
  /** "Nơi nhận:" lines; none for a document not sent anywhere. */
  recipients: string[];
  signers: DocumentSigner[];
  /** Said in the file's properties and under the title: which published result it reports. */
  source: string;
};

export const paragraph = (
  text: string,
  options: { bold?: boolean; indent?: boolean } = {},
): DocumentBlock => ({
  kind: "paragraph",
  runs: [{ text, bold: options.bold }],
  align: "justify",
  firstLineIndent: options.indent ?? true,
});
