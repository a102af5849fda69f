import "server-only";
import { agencyCodeFrom, freeCode } from "@/domain/agencies";
import { matchKey } from "@/domain/tasks/match-text";
import type { AppTransaction } from "@/server/database/connect";
import { lockFor } from "../members/write-context";

/**
 * The province's agency codes and current names, to refuse a second agency of the same name
 * (an import run twice) and to give an agency created without a code a free one. Taken under a
 * lock so two creations at once cannot both pass the name check.
 */
export async function loadAgencyRegistry(tx: AppTransaction, provinceId: string) {
  await lockFor(tx, `agencies:${provinceId}`);
  const units = await tx.unit.findMany({
    where: { provinceId },
    select: { code: true, names: { orderBy: { validFrom: "desc" }, take: 1, select: { name: true } } },
  });
  const codes = new Set(units.map((unit) => unit.code.toUpperCase()));
  const names = new Set(units.flatMap((unit) => unit.names.map((row) => matchKey(row.name))));
  return {
    hasCode: (code: string) => codes.has(code.toUpperCase()),
    hasName: (name: string) => names.has(matchKey(name)),
    /** The given code, or one derived from the short name that no agency holds yet; reserved. */
    claimCode(code: string | null, shortName: string): string {
      const claimed = code ?? freeCode(agencyCodeFrom(shortName), codes);
      codes.add(claimed.toUpperCase());
      return claimed;
    },
    claimName(name: string) {
      names.add(matchKey(name));
    },
  };
}

export const duplicateAgencyName = (name: string) => `Tỉnh đã có đơn vị mang tên “${name}”.`;

/** A derived code taken by a unit created at the same moment elsewhere (a bloc's members tab). */
export const CREATED_AT_ONCE = "Một đơn vị vừa được tạo cùng lúc với mã này. Vui lòng thử lại.";
