import "server-only";
import { type IsoDay, toIsoDay, yearStart } from "@/domain/calendar";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { activeOnWhere } from "@/server/mutations/province/active-agencies";
import { storedNameOn, UNIT_NAMES } from "@/server/queries/unit-names-select";

export type AdminBloc = {
  id: string;
  code: string;
  name: string;
  version: number;
  foundedOn: IsoDay;
  archivedOn: IsoDay | null;
  years: { id: string; year: number; status: BlocYearStatus; members: number }[];
};

const BLOC_SELECT = {
  id: true,
  code: true,
  name: true,
  version: true,
  foundedOn: true,
  dissolvedOn: true,
  years: {
    orderBy: { year: "desc" as const },
    select: { id: true, year: true, status: true, _count: { select: { memberships: true } } },
  },
};

type BlocRow = {
  id: string;
  code: string;
  name: string;
  version: number;
  foundedOn: Date;
  dissolvedOn: Date | null;
  years: { id: string; year: number; status: BlocYearStatus; _count: { memberships: number } }[];
};

const toAdminBloc = (bloc: BlocRow): AdminBloc => ({
  id: bloc.id,
  code: bloc.code,
  name: bloc.name,
  version: bloc.version,
  foundedOn: toIsoDay(bloc.foundedOn),
  archivedOn: bloc.dissolvedOn ? toIsoDay(bloc.dissolvedOn) : null,
  years: bloc.years.map((year) => ({
    id: year.id,
    year: year.year,
    status: year.status,
    members: year._count.memberships,
  })),
});

/** The province's blocs, archived ones last, each in Vietnamese order, with their years. */
export async function listAdminBlocs(prisma: AppPrismaClient, user: SessionUser): Promise<AdminBloc[]> {
  const { provinceId } = authorizeProvinceAdmin(user);
  const blocs = await prisma.bloc.findMany({ where: { provinceId }, select: BLOC_SELECT });
  const sorted = sortByVietnamese(blocs.map(toAdminBloc), (bloc) => bloc.name);
  return [...sorted.filter((bloc) => !bloc.archivedOn), ...sorted.filter((bloc) => bloc.archivedOn)];
}

export async function getAdminBloc(
  prisma: AppPrismaClient,
  user: SessionUser,
  blocId: string,
): Promise<AdminBloc | null> {
  const { provinceId } = authorizeProvinceAdmin(user);
  const bloc = await prisma.bloc.findFirst({ where: { id: blocId, provinceId }, select: BLOC_SELECT });
  return bloc ? toAdminBloc(bloc) : null;
}

export type FirstYearOptions = {
  agencies: { id: string; name: string; shortName: string }[];
  scoreTables: { blocYearId: string; label: string }[];
};

/**
 * What the first-year form offers for `year`: the agencies active on 1 January (Vietnamese order,
 * named as that day) and the province's bloc-years that have a score table to copy.
 */
export async function getFirstYearOptions(
  prisma: AppPrismaClient,
  user: SessionUser,
  year: number,
): Promise<FirstYearOptions> {
  const { provinceId } = authorizeProvinceAdmin(user);
  const day = yearStart(year);
  const [units, years] = await Promise.all([
    prisma.unit.findMany({ where: activeOnWhere(provinceId, day), select: { id: true, ...UNIT_NAMES } }),
    prisma.blocYear.findMany({
      where: { bloc: { provinceId }, scoreTables: { some: {} } },
      orderBy: [{ year: "desc" }],
      select: { id: true, year: true, bloc: { select: { name: true } } },
    }),
  ]);
  const agencies = units.flatMap((unit) => {
    const name = storedNameOn(unit.names, day);
    return name ? [{ id: unit.id, name: name.name, shortName: name.shortName }] : [];
  });
  return {
    agencies: sortByVietnamese(agencies, (agency) => agency.name),
    scoreTables: years.map((row) => ({ blocYearId: row.id, label: `${row.bloc.name} – năm ${row.year}` })),
  };
}
