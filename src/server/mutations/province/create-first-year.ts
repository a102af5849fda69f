import "server-only";
import { fromIsoDay, toIsoDay, yearStart } from "@/domain/calendar";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import type { Prisma } from "@/generated/prisma/client";
import type { CreateFirstYearInput } from "@/schemas/province/bloc";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { insertScoreTables } from "@/server/seed/insert-score-tables";
import { copyScoreTable } from "../members/copy-score-table";
import { replaceRoles, type WantedRole } from "../members/replace-roles";
import { withUniqueMessage } from "../members/write-context";
import { recordAudit } from "../record-audit";
import { assertActiveOn } from "./active-agencies";

/**
 * A bloc's first year, in preparation (DRAFT): its members from 1 January (agencies of the
 * province active that day), the head and deputies as elected, and its rules and score table —
 * the standard template, a copy of another bloc-year's (as "Tạo năm N+1" copies), or none yet.
 * Later years come from "Tạo năm N+1".
 */
export async function createFirstYear(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: CreateFirstYearInput,
) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        await assertBlocOpenForFirstYear(tx, provinceId, input);
        assertElectionDate(input);
        const startDay = yearStart(input.year);
        await assertActiveOn(tx, provinceId, input.memberUnitIds, startDay);
        const source = await scoreTableSource(tx, provinceId, input);
        const created = await tx.blocYear.create({
          data: {
            blocId: input.blocId,
            year: input.year,
            status: "DRAFT",
            rules: source.rules as Prisma.InputJsonValue,
          },
          select: { id: true, year: true, blocId: true },
        });
        await tx.membership.createMany({
          data: input.memberUnitIds.map((unitId) => ({
            blocYearId: created.id,
            unitId,
            joinedOn: fromIsoDay(startDay),
          })),
        });
        await replaceRoles(tx, {
          actorId: user.id,
          blocYearId: created.id,
          stamp: "",
          wanted: wantedRoles(input),
        });
        const rules = await writeScoreTable(tx, { ...source, toBlocYearId: created.id, year: input.year });
        await tx.blocYear.update({
          where: { id: created.id },
          data: { rules: rules as Prisma.InputJsonValue },
        });
        await recordAudit(tx, {
          actorId: user.id,
          blocYearId: created.id,
          entity: "BlocYear",
          entityId: created.id,
          action: "create",
          newValue: {
            year: input.year,
            firstYear: true,
            members: input.memberUnitIds.length,
            scoreTable: source.description,
            startsOn: toIsoDay(fromIsoDay(startDay)),
          },
        });
        return created;
      }),
    () => `Năm ${input.year} của khối này đã được tạo.`,
  );
}

async function assertBlocOpenForFirstYear(
  tx: AppTransaction,
  provinceId: string,
  input: CreateFirstYearInput,
): Promise<void> {
  // The bloc row is locked so two first years cannot be created at once.
  const rows = await tx.$queryRaw<{ foundedOn: Date; dissolvedOn: Date | null }[]>`
    SELECT "foundedOn", "dissolvedOn" FROM "Bloc"
    WHERE id = ${input.blocId} AND "provinceId" = ${provinceId} FOR UPDATE`;
  const bloc = rows[0];
  if (!bloc) throw new UserFacingError("Không tìm thấy khối thi đua trong tỉnh.");
  if (bloc.dissolvedOn) throw new UserFacingError("Khối đã được lưu trữ nên không tạo năm mới.");
  if (input.year < bloc.foundedOn.getUTCFullYear())
    throw new UserFacingError(
      `Năm thi đua không được trước năm thành lập khối (${bloc.foundedOn.getUTCFullYear()}).`,
    );
  const years = await tx.blocYear.count({ where: { blocId: input.blocId } });
  if (years > 0)
    throw new UserFacingError(
      "Khối đã có năm thi đua. Năm tiếp theo được tạo từ năm trước bằng “Tạo năm N+1” ở trang Khối thi đua.",
    );
}

/** The roles are elected at the review conference: late in the year before, or early in the year. */
function assertElectionDate(input: CreateFirstYearInput): void {
  const electedYear = input.electedOn.getUTCFullYear();
  if (electedYear !== input.year && electedYear !== input.year - 1)
    throw new UserFacingError(`Ngày bầu phải trong năm ${input.year - 1} hoặc ${input.year}.`);
}

function wantedRoles(input: CreateFirstYearInput): WantedRole[] {
  const seat = (unitId: string, role: WantedRole["role"]): WantedRole => ({
    unitId,
    role,
    electedOn: input.electedOn,
    decisionRef: input.decisionRef,
  });
  return [
    seat(input.headUnitId, "HEAD"),
    ...(input.standingDeputyUnitId ? [seat(input.standingDeputyUnitId, "STANDING_DEPUTY")] : []),
    ...input.deputyUnitIds.map((unitId) => seat(unitId, "DEPUTY")),
  ];
}

type TableSource = {
  kind: CreateFirstYearInput["scoreTableSource"];
  fromBlocYearId: string | null;
  rules: unknown;
  /** What the audit log says of it, in words. */
  description: string;
};

const SOURCE_DESCRIPTION = { template: "bảng điểm mẫu 100 điểm", empty: "chưa có bảng điểm" } as const;

/** The rules the year starts with: those of the year whose table is copied, else the defaults. */
async function scoreTableSource(
  tx: AppTransaction,
  provinceId: string,
  input: CreateFirstYearInput,
): Promise<TableSource> {
  if (input.scoreTableSource !== "copy")
    return {
      kind: input.scoreTableSource,
      fromBlocYearId: null,
      rules: DEFAULT_SCORING_RULES,
      description: SOURCE_DESCRIPTION[input.scoreTableSource],
    };
  const from = await tx.blocYear.findFirst({
    where: { id: input.copyFromBlocYearId ?? "", bloc: { provinceId } },
    select: {
      id: true,
      year: true,
      rules: true,
      bloc: { select: { name: true } },
      _count: { select: { scoreTables: true } },
    },
  });
  if (!from) throw new UserFacingError("Không tìm thấy năm thi đua có bảng điểm cần sao chép.");
  if (from._count.scoreTables === 0)
    throw new UserFacingError("Năm được chọn chưa có bảng điểm để sao chép.");
  return {
    kind: "copy",
    fromBlocYearId: from.id,
    rules: from.rules,
    description: `sao chép từ ${from.bloc.name} năm ${from.year}`,
  };
}

async function writeScoreTable(
  tx: AppTransaction,
  source: TableSource & { toBlocYearId: string; year: number },
): Promise<unknown> {
  if (source.kind === "copy")
    return copyScoreTable(tx, {
      fromBlocYearId: source.fromBlocYearId!,
      toBlocYearId: source.toBlocYearId,
      year: source.year,
      rules: source.rules,
    });
  if (source.kind === "template")
    await insertScoreTables(tx, [
      { blocYearId: source.toBlocYearId, year: source.year, programme: "chương trình công tác năm" },
    ]);
  return source.rules;
}
