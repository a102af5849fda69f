import "server-only";
import { ROTATION_RULE_LABEL } from "@/domain/vocabulary";
import type { SetRotationRuleInput } from "@/schemas/members/rotation-rule";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { setBlocSetting } from "./set-bloc-setting";

/** Changes the rotation rule of the bloc the given year belongs to (a bloc setting: see setBlocSetting). */
export function setRotationRule(prisma: AppPrismaClient, user: SessionUser, input: SetRotationRuleInput) {
  return setBlocSetting(prisma, user, {
    blocYearId: input.blocYearId,
    version: input.version,
    field: "rotationRule",
    value: input.rotationRule,
    conflict: (current) =>
      new ConflictError(
        `Người khác vừa đổi quy tắc luân phiên của khối (hiện: ${ROTATION_RULE_LABEL[current]}). Hãy tải lại trang rồi chọn lại nếu vẫn muốn đổi.`,
      ),
  });
}
