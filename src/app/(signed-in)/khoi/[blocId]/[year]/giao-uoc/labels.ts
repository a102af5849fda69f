import type { RegistrationKind } from "@/generated/prisma/enums";

export const REGISTRATION_KIND_LABEL: Record<RegistrationKind, string> = {
  TARGET: "Chỉ tiêu",
  TITLE: "Danh hiệu",
  MODEL: "Mô hình",
};
