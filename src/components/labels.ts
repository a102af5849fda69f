import { YEAR_STAGE_LABEL } from "@/domain/year-stages";
import type {
  BlocRole,
  BlocYearStatus,
  RotationRule,
  ScoreStage,
  TaskStatus,
  UserRole,
} from "@/generated/prisma/enums";

export const SCORE_STAGE_LABEL: Record<ScoreStage, string> = {
  SELF: "Tự chấm",
  CROSS_CHECK: "Kiểm tra chéo",
  FINAL: "Chấm cuối",
};

export const BLOC_ROLE_LABEL: Record<BlocRole, string> = {
  HEAD: "Trưởng khối",
  STANDING_DEPUTY: "Phó trưởng khối thường trực",
  DEPUTY: "Phó trưởng khối",
};

export const ROTATION_RULE_LABEL: Record<RotationRule, string> = {
  STANDING_DEPUTY_BECOMES_HEAD: "Phó trưởng khối thường trực lên Trưởng khối",
  MANUAL: "Bầu tự do hằng năm",
};

/** The year's stages are named where they are defined (src/domain/year-stages). */
export const BLOC_YEAR_STATUS_LABEL: Record<BlocYearStatus, string> = YEAR_STAGE_LABEL;

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Hoàn thành",
  PARTIAL: "Hoàn thành một phần",
  NOT_DONE: "Không hoàn thành",
};

export const USER_ROLE_LABEL: Record<UserRole, string> = {
  PROVINCE_ADMIN: "Quản trị cấp tỉnh",
  BLOC_SECRETARIAT: "Thư ký khối",
  AGENCY_LEADER: "Lãnh đạo đơn vị",
  VIEWER: "Người xem",
};
