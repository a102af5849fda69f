import type { CriterionKind } from "@/generated/prisma/client";

// The default 100-point table (points in hundredths). Sections I–III add up to the nominal
// maximum; bonus (IV) may take a total above it and deduction (V) is subtracted, each capped.

export const SCORE_TABLE_MAX_POINTS = 10_000;

export type SeedCriterion = {
  code: string;
  title: string;
  kind: CriterionKind;
  maxPoints: number;
  capPoints?: number;
  children?: readonly SeedCriterion[];
};

export function scoreTableTitle(year: number): string {
  return `Bảng điểm thi đua năm ${year}`;
}

/** The task-derived criterion's code: tasks of the year point at it. */
export const TASK_CRITERION_CODE = "I.1";

/** The criteria tree; `programme` names the action programme the tasks come from. */
export function scoreTableCriteria(programme: string): readonly SeedCriterion[] {
  return [
    {
      code: "I",
      title: "Thực hiện nhiệm vụ chính trị được giao",
      kind: "SECTION",
      maxPoints: 6000,
      children: [
        {
          code: TASK_CRITERION_CODE,
          title: `Kết quả thực hiện các nhiệm vụ theo ${programme}`,
          kind: "TASK_DERIVED",
          maxPoints: 6000,
        },
      ],
    },
    {
      code: "II",
      title: "Công tác thi đua, khen thưởng",
      kind: "SECTION",
      maxPoints: 2000,
      children: [
        {
          code: "II.1",
          title: "Xây dựng kế hoạch, phát động và tổ chức các phong trào thi đua",
          kind: "MANUAL",
          maxPoints: 800,
        },
        {
          code: "II.2",
          title: "Ký giao ước, đăng ký thi đua và thực hiện chế độ báo cáo",
          kind: "MANUAL",
          maxPoints: 600,
        },
        {
          code: "II.3",
          title: "Phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến",
          kind: "MANUAL",
          maxPoints: 600,
        },
      ],
    },
    {
      code: "III",
      title: "Tham gia hoạt động chung của khối",
      kind: "SECTION",
      maxPoints: 2000,
      children: [
        {
          code: "III.1",
          title: "Tham gia đầy đủ hội nghị, sơ kết, tổng kết và các hoạt động của khối",
          kind: "MANUAL",
          maxPoints: 1000,
        },
        {
          code: "III.2",
          title: "Phối hợp, hỗ trợ các đơn vị trong khối; tham gia kiểm tra chéo",
          kind: "MANUAL",
          maxPoints: 1000,
        },
      ],
    },
    {
      code: "IV",
      title: "Điểm thưởng",
      kind: "BONUS",
      maxPoints: 500,
      capPoints: 500,
      children: [
        {
          code: "IV.1",
          title: "Được tặng Cờ thi đua của Chính phủ hoặc Cờ thi đua của Bộ, ngành",
          kind: "BONUS",
          maxPoints: 300,
          capPoints: 300,
        },
        {
          code: "IV.2",
          title: "Có sáng kiến, mô hình mới được cấp có thẩm quyền công nhận",
          kind: "BONUS",
          maxPoints: 200,
          capPoints: 200,
        },
      ],
    },
    {
      code: "V",
      title: "Điểm trừ",
      kind: "DEDUCTION",
      maxPoints: 1000,
      capPoints: 1000,
      children: [
        {
          code: "V.1",
          title: "Báo cáo chậm, không đầy đủ (trừ 0,5 điểm/lần)",
          kind: "DEDUCTION",
          maxPoints: 300,
          capPoints: 300,
        },
        {
          code: "V.2",
          title: "Không tham gia hoạt động chung của khối (trừ 1 điểm/lần)",
          kind: "DEDUCTION",
          maxPoints: 300,
          capPoints: 300,
        },
        {
          code: "V.3",
          title: "Cán bộ, công chức, viên chức bị xử lý kỷ luật trong năm",
          kind: "DEDUCTION",
          maxPoints: 400,
          capPoints: 400,
        },
      ],
    },
  ];
}
