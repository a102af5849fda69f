import "server-only";
import type { SetSecretariatFollowsHeadUnitInput } from "@/schemas/members/rotation-rule";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { setBlocSetting } from "./set-bloc-setting";

/**
 * Lets the bloc's secretariat follow the head unit (docs/domain.md, "Change over time"): when
 * on, the head unit's designated staff (grant "Thư ký tại đơn vị trưởng khối") manage each year
 * their unit heads. A bloc setting like the rotation rule (see setBlocSetting).
 */
export function setSecretariatFollowsHeadUnit(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SetSecretariatFollowsHeadUnitInput,
) {
  return setBlocSetting(prisma, user, {
    blocYearId: input.blocYearId,
    version: input.version,
    field: "secretariatFollowsHeadUnit",
    value: input.follows,
    conflict: () => new ConflictError(),
  });
}
