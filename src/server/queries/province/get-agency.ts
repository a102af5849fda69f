import "server-only";
import { type IsoDay, toIsoDay } from "@/domain/calendar";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

export type AgencyDetail = {
  id: string;
  code: string;
  deactivatedOn: IsoDay | null;
  names: { id: string; name: string; shortName: string; validFrom: IsoDay; validTo: IsoDay | null }[];
  predecessors: { name: string; effectiveOn: IsoDay }[];
  successors: { name: string; effectiveOn: IsoDay }[];
  memberships: { blocName: string; year: number; joinedOn: IsoDay; leftOn: IsoDay | null }[];
};

const LATEST_NAME = { names: { orderBy: { validFrom: "desc" as const }, take: 1, select: { name: true } } };

/** One agency of the admin's province with its name history, mergers and bloc memberships; null elsewhere. */
export async function getAgency(
  prisma: AppPrismaClient,
  user: SessionUser,
  unitId: string,
): Promise<AgencyDetail | null> {
  const { provinceId } = authorizeProvinceAdmin(user);
  const unit = await prisma.unit.findFirst({
    where: { id: unitId, provinceId },
    select: {
      id: true,
      code: true,
      deactivatedOn: true,
      names: { orderBy: { validFrom: "desc" } },
      predecessors: { select: { effectiveOn: true, predecessor: { select: LATEST_NAME } } },
      successors: { select: { effectiveOn: true, successor: { select: LATEST_NAME } } },
      memberships: {
        orderBy: { blocYear: { year: "desc" } },
        select: {
          joinedOn: true,
          leftOn: true,
          blocYear: { select: { year: true, bloc: { select: { name: true } } } },
        },
      },
    },
  });
  if (!unit) return null;
  return {
    id: unit.id,
    code: unit.code,
    deactivatedOn: unit.deactivatedOn ? toIsoDay(unit.deactivatedOn) : null,
    names: unit.names.map((row) => ({
      id: row.id,
      name: row.name,
      shortName: row.shortName,
      validFrom: toIsoDay(row.validFrom),
      validTo: row.validTo ? toIsoDay(row.validTo) : null,
    })),
    predecessors: unit.predecessors.map((link) => ({
      name: link.predecessor.names[0]?.name ?? "—",
      effectiveOn: toIsoDay(link.effectiveOn),
    })),
    successors: unit.successors.map((link) => ({
      name: link.successor.names[0]?.name ?? "—",
      effectiveOn: toIsoDay(link.effectiveOn),
    })),
    memberships: unit.memberships.map((row) => ({
      blocName: row.blocYear.bloc.name,
      year: row.blocYear.year,
      joinedOn: toIsoDay(row.joinedOn),
      leftOn: row.leftOn ? toIsoDay(row.leftOn) : null,
    })),
  };
}
