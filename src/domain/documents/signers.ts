import type { ConferenceMember } from "@/domain/conference/conference-data";
import { BLOC_ROLE_LABEL, type BlocRoleCode } from "@/domain/vocabulary";
import type { DocumentSigner } from "./state-document";

/**
 * The year's leaders as signers, head first (members arrive ordered by role): the role, then
 * the post of the person who signed the pledge for that unit ("GIÁM ĐỐC SỞ TÀI CHÍNH"), or the
 * unit alone when the year records no signatory; the name is theirs, or a line to write it on.
 * A year that recorded no leader still gets the head's block, to be signed by hand.
 */
export function leaderSigners(
  members: readonly ConferenceMember[],
  roles?: readonly BlocRoleCode[],
): DocumentSigner[] {
  const signers = members
    .filter((member): member is ConferenceMember & { role: BlocRoleCode } => member.role !== null)
    .filter((member) => !roles || roles.includes(member.role))
    .map((member) => ({
      capacity: [
        BLOC_ROLE_LABEL[member.role].toLocaleUpperCase("vi"),
        (member.signature ? `${member.signature.signerTitle} ${member.name}` : member.name).toLocaleUpperCase(
          "vi",
        ),
      ],
      fullName: member.signature?.signerName ?? null,
    }));
  return signers.length > 0
    ? signers
    : [{ capacity: [BLOC_ROLE_LABEL.HEAD.toLocaleUpperCase("vi")], fullName: null }];
}
