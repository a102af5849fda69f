import type { UserRole } from "@/generated/prisma/client";

/** The one password of every demo account (README and tests sign in with it). */
export const DEMO_PASSWORD = "ThiDua@2024";

/** What an account may see: the province, one bloc or one unit, by its seeded code. */
export type DemoUserScope =
  | { level: "PROVINCE"; provinceCode: string }
  | { level: "BLOC"; blocCode: string }
  | { level: "UNIT"; unitCode: string };

export type DemoUser = { username: string; displayName: string; role: UserRole; scope: DemoUserScope };

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: "admin.yenbai",
    displayName: "Nguyễn Thị Thu Hà (Ban Thi đua – Khen thưởng, Sở Nội vụ)",
    role: "PROVINCE_ADMIN",
    scope: { level: "PROVINCE", provinceCode: "YB" },
  },
  {
    username: "thuky.ktkt",
    displayName: "Trần Văn Bình (Thư ký Khối kinh tế – kỹ thuật)",
    role: "BLOC_SECRETARIAT",
    scope: { level: "BLOC", blocCode: "KTKT" },
  },
  {
    username: "lanhdao.tnmt",
    displayName: "Lê Thị Thu Hương (Giám đốc Sở Tài nguyên và Môi trường)",
    role: "AGENCY_LEADER",
    scope: { level: "UNIT", unitCode: "TNMT" },
  },
  {
    username: "xem.ktkt",
    displayName: "Phạm Quang Huy (Xem kết quả Khối kinh tế – kỹ thuật)",
    role: "VIEWER",
    scope: { level: "BLOC", blocCode: "KTKT" },
  },
  {
    username: "thuky.vhxh",
    displayName: "Hoàng Thị Minh Ngọc (Thư ký Khối văn hóa – xã hội)",
    role: "BLOC_SECRETARIAT",
    scope: { level: "BLOC", blocCode: "VHXH" },
  },
];
