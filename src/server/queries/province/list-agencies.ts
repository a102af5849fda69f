import "server-only";
import { type IsoDay, toIsoDay, todayInVietnam } from "@/domain/calendar";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

export type AgencyStatusFilter = "active" | "inactive" | "all";

export type AgencyRow = {
  id: string;
  code: string;
  name: string;
  shortName: string;
  latestNameId: string;
  latestNameFrom: IsoDay;
  /** Why the agency no longer takes part, when it does not: deactivated, or merged into others. */
  inactive: { kind: "deactivated"; on: IsoDay } | { kind: "merged"; on: IsoDay; into: string[] } | null;
};

/** Searches ignore case and diacritics: "so tai chinh" finds "Sở Tài chính". */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The province's agencies under their latest names, in Vietnamese order: active ones (today:
 * neither deactivated nor merged away), inactive ones, or all; filtered by a search of the name,
 * short name or code.
 */
export async function listAgencies(
  prisma: AppPrismaClient,
  user: SessionUser,
  filter: { search: string; status: AgencyStatusFilter },
): Promise<AgencyRow[]> {
  const { provinceId } = authorizeProvinceAdmin(user);
  const today = todayInVietnam();
  const units = await prisma.unit.findMany({
    where: { provinceId },
    select: {
      id: true,
      code: true,
      deactivatedOn: true,
      names: {
        orderBy: { validFrom: "desc" },
        select: { id: true, name: true, shortName: true, validFrom: true },
      },
      successors: {
        select: {
          effectiveOn: true,
          successor: {
            select: { names: { orderBy: { validFrom: "desc" }, take: 1, select: { name: true } } },
          },
        },
      },
    },
  });
  const rows = units.flatMap((unit): AgencyRow[] => {
    const latest = unit.names[0];
    if (!latest) return [];
    return [
      {
        id: unit.id,
        code: unit.code,
        name: latest.name,
        shortName: latest.shortName,
        latestNameId: latest.id,
        latestNameFrom: toIsoDay(latest.validFrom),
        inactive: inactiveOn(unit, today),
      },
    ];
  });
  const wanted = searchKey(filter.search);
  const shown = rows.filter(
    (row) =>
      (filter.status === "all" || (filter.status === "active") === (row.inactive === null)) &&
      (!wanted || [row.name, row.shortName, row.code].some((text) => searchKey(text).includes(wanted))),
  );
  return sortByVietnamese(shown, (row) => row.name);
}

function inactiveOn(
  unit: {
    deactivatedOn: Date | null;
    successors: { effectiveOn: Date; successor: { names: { name: string }[] } }[];
  },
  today: IsoDay,
): AgencyRow["inactive"] {
  if (unit.deactivatedOn && toIsoDay(unit.deactivatedOn) <= today)
    return { kind: "deactivated", on: toIsoDay(unit.deactivatedOn) };
  const merged = unit.successors.filter((link) => toIsoDay(link.effectiveOn) <= today);
  if (merged.length === 0) return null;
  return {
    kind: "merged",
    on: toIsoDay(merged[0]!.effectiveOn),
    into: merged.map((link) => link.successor.names[0]?.name ?? "—"),
  };
}
