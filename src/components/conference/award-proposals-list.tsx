import type { ConferenceAward } from "@/domain/conference/conference-data";
import { PROPOSAL_STATUS_LABEL } from "@/domain/vocabulary";

/** The proposals recorded for each award (đề nghị) with their status; never the engine's candidates. */
export function AwardProposalsList({ awards, className }: { awards: ConferenceAward[]; className?: string }) {
  if (awards.length === 0) return <p className={className}>Không có đề nghị nào.</p>;
  return (
    <ul className={["list-disc pl-6", className].filter(Boolean).join(" ")}>
      {awards.map((award) => (
        <li key={award.awardCode}>
          <span className="font-medium">{award.awardName}:</span>{" "}
          {award.units
            .map((unit) => `${unit.name} (${PROPOSAL_STATUS_LABEL[unit.status].toLowerCase()})`)
            .join("; ")}
          .
        </li>
      ))}
    </ul>
  );
}
