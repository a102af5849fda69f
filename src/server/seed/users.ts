import type { GrantKind } from "@/generated/prisma/client";

/** The one password of every demo account (README and tests sign in with it). */
export const DEMO_PASSWORD = "ThiDua@2024";

/** A grant's scope: the province, one bloc or one unit, by its seeded code. */
export type DemoUserScope =
  | { level: "PROVINCE"; provinceCode: string }
  | { level: "BLOC"; blocCode: string }
  | { level: "UNIT"; unitCode: string };

export type DemoGrant = { kind: GrantKind; scope: DemoUserScope };
export type DemoUser = { username: string; displayName: string; grants: DemoGrant[] };

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: "admin.yenbai",
    displayName: "Nguyễn Thị Thu Hà (Ban Thi đua – Khen thưởng, Sở Nội vụ)",
    grants: [{ kind: "PROVINCE_ADMIN", scope: { level: "PROVINCE", provinceCode: "YB" } }],
  },
  {
    username: "thuky.ktkt",
    displayName: "Trần Văn Bình (Thư ký Khối kinh tế – kỹ thuật)",
    grants: [{ kind: "BLOC_SECRETARIAT", scope: { level: "BLOC", blocCode: "KTKT" } }],
  },
  {
    username: "lanhdao.tnmt",
    displayName: "Lê Thị Thu Hương (Giám đốc Sở Tài nguyên và Môi trường)",
    grants: [{ kind: "AGENCY_LEADER", scope: { level: "UNIT", unitCode: "TNMT" } }],
  },
  {
    username: "xem.ktkt",
    displayName: "Phạm Quang Huy (Xem kết quả Khối kinh tế – kỹ thuật)",
    grants: [{ kind: "VIEWER", scope: { level: "BLOC", blocCode: "KTKT" } }],
  },
  {
    username: "thuky.vhxh",
    displayName: "Hoàng Thị Minh Ngọc (Thư ký Khối văn hóa – xã hội)",
    grants: [{ kind: "BLOC_SECRETARIAT", scope: { level: "BLOC", blocCode: "VHXH" } }],
  },
  {
    // Two grants on one account (issue 11): leads an agency and follows the whole province.
    username: "lanhdao.congthuong",
    displayName: "Phạm Thị Lan Anh (Giám đốc Sở Công Thương, theo dõi toàn tỉnh)",
    grants: [
      { kind: "AGENCY_LEADER", scope: { level: "UNIT", unitCode: "CT" } },
      { kind: "VIEWER", scope: { level: "PROVINCE", provinceCode: "YB" } },
    ],
  },
];
