import type { IsoDay } from "@/domain/calendar";
import type { ConferenceData } from "@/domain/conference/conference-data";
import type { SnapshotObjection, SnapshotOverride, SnapshotTally } from "@/domain/snapshot/snapshot-content";

/** The three documents a published year yields, by the segment of their download address. */
export const DOCUMENT_KINDS = ["to-trinh", "bien-ban", "bang-tong-hop"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  "to-trinh": "Tờ trình đề nghị khen thưởng",
  "bien-ban": "Biên bản hội nghị tổng kết",
  "bang-tong-hop": "Bảng tổng hợp điểm và xếp hạng",
};

/** The symbol of each kind of document (Decree 30/2020/NĐ-CP, Appendix III). */
const KIND_SYMBOL: Record<DocumentKind, string | null> = {
  "to-trinh": "TTr",
  "bien-ban": "BB",
  "bang-tong-hop": null,
};

/** What the documents are written from: a published year only, never live figures. */
export type DocumentFacts = {
  data: ConferenceData & { source: { kind: "snapshot" } };
  blocCode: string;
  tallies: SnapshotTally[];
  overrides: SnapshotOverride[];
  /** Members' objections to their figures and the answers (none in snapshots before format 3). */
  objections: SnapshotObjection[];
};

/** What the secretariat fills in before downloading: the parts a computer cannot know. */
export type DocumentSettings = {
  /** "01/TTr-KTKT"; null for the table, which carries none. */
  numberSymbol: string | null;
  place: string;
  issuedOn: IsoDay;
  /** Whom the letter is addressed to ("Kính gửi"); the letter only. */
  addressee: string | null;
  recipients: string[];
};

/** Sensible first values: number 01 of the bloc's symbol, the province as the place, the publishing day. */
export function defaultDocumentSettings(
  kind: DocumentKind,
  facts: { blocCode: string; province: string; publishedOn: IsoDay },
): DocumentSettings {
  const symbol = KIND_SYMBOL[kind];
  return {
    numberSymbol: symbol && `01/${symbol}-${facts.blocCode}`,
    place: facts.province,
    issuedOn: facts.publishedOn,
    addressee: kind === "to-trinh" ? `Hội đồng Thi đua – Khen thưởng tỉnh ${facts.province}` : null,
    recipients:
      kind === "to-trinh"
        ? ["Như trên;", "Ban Thi đua – Khen thưởng tỉnh;", "Các đơn vị thành viên khối;", "Lưu: VT."]
        : kind === "bien-ban"
          ? ["Các đơn vị thành viên khối;", "Lưu: VT."]
          : [],
  };
}
