// The agencies of the demo province. Leaders' names are illustrative (the article names none);
// codes are short ASCII because they appear in URLs and user scopes.

export const PROVINCE_YEN_BAI = { code: "YB", name: "Yên Bái" } as const;
/** Yên Bái became part of Lào Cai in the 2025 provincial merger. */
export const PROVINCE_LAO_CAI = { code: "LC", name: "Lào Cai" } as const;

export type SeedUnit = {
  code: string;
  name: string;
  shortName: string;
  /** Who signs the pledge for the unit. */
  leader: { name: string; title: "Giám đốc" | "Trưởng ban" };
};

/** Names the seed treats as valid since before the first seeded year. */
export const NAMES_VALID_FROM = "2016-01-01";
/** The 2025 departmental merger took effect on 01/03/2025. */
export const MERGER_DATE = "2025-03-01";
/** Illustrative reference: the article predates the merger. */
export const MERGER_DECISION_REF =
  "Nghị quyết của HĐND tỉnh Yên Bái về việc thành lập các cơ quan chuyên môn, tháng 02/2025";

/** Khối thi đua các cơ quan kinh tế – kỹ thuật, in the article's order. */
export const KTKT_UNITS: readonly SeedUnit[] = [
  {
    code: "KHCN",
    name: "Sở Khoa học và Công nghệ",
    shortName: "KH&CN",
    leader: { name: "Nguyễn Văn Thắng", title: "Giám đốc" },
  },
  {
    code: "TNMT",
    name: "Sở Tài nguyên và Môi trường",
    shortName: "TN&MT",
    leader: { name: "Lê Thị Thu Hương", title: "Giám đốc" },
  },
  {
    code: "GTVT",
    name: "Sở Giao thông vận tải",
    shortName: "GTVT",
    leader: { name: "Hoàng Minh Đức", title: "Giám đốc" },
  },
  {
    code: "XD",
    name: "Sở Xây dựng",
    shortName: "XD",
    leader: { name: "Trần Quốc Khánh", title: "Giám đốc" },
  },
  {
    code: "CT",
    name: "Sở Công Thương",
    shortName: "CT",
    leader: { name: "Phạm Thị Lan Anh", title: "Giám đốc" },
  },
  {
    code: "NNPTNT",
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    shortName: "NN&PTNT",
    leader: { name: "Đỗ Văn Hải", title: "Giám đốc" },
  },
  {
    code: "BQLDA",
    name: "Ban Quản lý dự án đầu tư xây dựng tỉnh",
    shortName: "BQLDA",
    leader: { name: "Vũ Đình Long", title: "Trưởng ban" },
  },
  {
    code: "BQLKCN",
    name: "Ban Quản lý các khu công nghiệp",
    shortName: "BQLKCN",
    leader: { name: "Bùi Thị Ngọc Mai", title: "Trưởng ban" },
  },
];

/** Khối thi đua các cơ quan văn hóa – xã hội: a small second bloc. */
export const VHXH_UNITS: readonly SeedUnit[] = [
  {
    code: "VHTTDL",
    name: "Sở Văn hóa, Thể thao và Du lịch",
    shortName: "VH,TT&DL",
    leader: { name: "Đinh Thị Thanh Tâm", title: "Giám đốc" },
  },
  {
    code: "GDDT",
    name: "Sở Giáo dục và Đào tạo",
    shortName: "GD&ĐT",
    leader: { name: "Ngô Quang Vinh", title: "Giám đốc" },
  },
  { code: "YT", name: "Sở Y tế", shortName: "YT", leader: { name: "Lương Thị Phương", title: "Giám đốc" } },
];

/** Founded by the 2025 merger of TN&MT and NN&PTNT; no leader because it signs no seeded pledge. */
export const MERGED_UNIT = {
  code: "NNMT",
  name: "Sở Nông nghiệp và Môi trường",
  shortName: "NN&MT",
} as const;

/**
 * The 2025 mergers as predecessor → successor unit codes. Sở Xây dựng keeps its identity and absorbs
 * GTVT, so it gets no new unit and its name does not end.
 */
export const SUCCESSIONS: readonly { predecessor: string; successor: string }[] = [
  { predecessor: "TNMT", successor: MERGED_UNIT.code },
  { predecessor: "NNPTNT", successor: MERGED_UNIT.code },
  { predecessor: "GTVT", successor: "XD" },
];

/** Units whose own name stops at the merger date (past years still read it). */
export const NAMES_ENDING_AT_MERGER: ReadonlySet<string> = new Set(["TNMT", "NNPTNT", "GTVT"]);
