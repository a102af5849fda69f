import { objectionSentence } from "@/domain/disputes";
import type { SnapshotObjection } from "@/domain/snapshot/snapshot-content";

/** The members' objections to their figures and the answers, as the published snapshot keeps them. */
export function ObjectionsRecord(props: {
  objections: SnapshotObjection[];
  unitName: (unitId: string) => string;
}) {
  if (props.objections.length === 0) return null;
  return (
    <section
      aria-labelledby="objections-heading"
      className="mt-4 space-y-2 text-sm leading-relaxed break-inside-avoid"
    >
      <h3 id="objections-heading" className="font-semibold">
        Khiếu nại về kết quả chấm điểm và việc giải quyết
      </h3>
      <ul className="list-disc pl-6">
        {props.objections.map((objection) => (
          <li key={objection.number}>{objectionSentence(objection, props.unitName(objection.unitId))}</li>
        ))}
      </ul>
    </section>
  );
}
