import { pledgeTally, yearEndMembers } from "@/domain/membership";
import type { SnapshotContent } from "@/domain/snapshot/snapshot-content";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { blocRoleRank } from "@/domain/vocabulary";
import type {
  ConferenceData,
  ConferenceMember,
  ConferenceNextYear,
  ConferenceResults,
} from "./conference-data";

/** What a conference document shows around the results table: members, pledge, next year's roles. */
export type ConferenceFacts = Omit<ConferenceData, keyof ConferenceResults>;

/** Leaders first (head, standing deputy, deputies), then the other members alphabetically. */
export function orderMembers(members: readonly ConferenceMember[]): ConferenceMember[] {
  return [...members].sort(
    (a, b) => blocRoleRank(a.role) - blocRoleRank(b.role) || compareVietnamese(a.name, b.name),
  );
}

export function orderRoles(roles: readonly ConferenceNextYear["roles"][number][]) {
  return [...roles].sort(
    (a, b) => blocRoleRank(a.role) - blocRoleRank(b.role) || compareVietnamese(a.name, b.name),
  );
}

/**
 * A published year's facts exactly as its snapshot froze them: members under their names then,
 * their roles and signatures, next year's roles as known at publishing. The snapshot keeps every
 * membership with its dates; the documents list the members that closed the year (yearEndMembers),
 * as the live documents do, so a unit that merged away is not counted. A snapshot older than
 * format 2 recorded none of these, so it shows none rather than today's.
 */
export function conferenceFactsOfSnapshot(blocYearId: string, content: SnapshotContent): ConferenceFacts {
  const roleOf = (unitId: string) => content.roles?.find((role) => role.unitId === unitId)?.role ?? null;
  const signatureOf = (unitId: string) => {
    const signature = content.pledge?.signatures.find((s) => s.unitId === unitId);
    return signature
      ? { signerName: signature.signerName, signerTitle: signature.signerTitle, signedOn: signature.signedOn }
      : null;
  };
  return {
    blocYearId,
    bloc: { id: content.bloc.id, name: content.bloc.name, province: content.bloc.province },
    year: content.year,
    members: orderMembers(
      yearEndMembers(content.members, content.year).map(({ unitId, name }) => ({
        unitId,
        name,
        role: roleOf(unitId),
        signature: signatureOf(unitId),
      })),
    ),
    pledge: content.pledge
      ? {
          title: content.pledge.title,
          signedOn: content.pledge.signedOn,
          ...pledgeTally(content.members, {
            year: content.year,
            signedOn: content.pledge.signedOn,
            signedUnitIds: content.pledge.signatures.map((signature) => signature.unitId),
          }),
        }
      : null,
    nextYear: content.nextYear
      ? {
          year: content.nextYear.year,
          roles: orderRoles(
            content.nextYear.roles.map(({ role, name, electedOn }) => ({ role, name, electedOn })),
          ),
        }
      : null,
    // A published year is shown from its snapshot: no ballot is running any more.
    ballot: null,
  };
}
