import { formatDate } from "@/domain/calendar";
import type { NextYearPreview } from "@/server/queries/members/next-year-plan";

/** Who will be a member of the new year, from when to when and under which name. */
export function NextYearPreviewList({ preview }: { preview: NextYearPreview }) {
  const atYearEnd = preview.members.filter((member) => member.leftOn === null).length;
  // Those leaving during the year (merged into others) are listed too: the count says so.
  const listed = preview.members.length;
  const count =
    listed === atYearEnd
      ? `${atYearEnd} đơn vị đến 31/12/${preview.year}`
      : `${listed} đơn vị, ${atYearEnd} đơn vị đến 31/12/${preview.year}`;
  return (
    <section aria-label={`Thành viên dự kiến năm ${preview.year}`}>
      <h3 className="font-semibold">
        Thành viên năm {preview.year}: {count}
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {preview.members.map((member) => (
          <li key={member.unitId}>
            <span className="font-medium">{member.name}</span>
            <span className="text-stone-600"> — {periodOf(member, preview.year)}</span>
          </li>
        ))}
      </ul>
      {preview.notCopied.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold">Không chép sang năm {preview.year}</h4>
          <ul className="mt-1 space-y-1 text-sm text-stone-600">
            {preview.notCopied.map((unit) => (
              <li key={unit.unitId}>
                {unit.name}: đã hợp nhất vào {unit.mergedInto.join(", ")} từ {formatDate(unit.effectiveOn)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * A continuing member that takes others over stays a member from 01/01 (it does not join again);
 * a new successor joins on the merger's day; a predecessor leaves on it.
 */
function periodOf(member: NextYearPreview["members"][number], year: number): string {
  const joined = member.continuing
    ? `tiếp tục là thành viên từ ${formatDate(member.joinedOn)}`
    : member.succeeds.length > 0
      ? `gia nhập ${formatDate(member.joinedOn)} (kế thừa ${member.succeeds.map((t) => t.name).join(", ")})`
      : `gia nhập ${formatDate(member.joinedOn)}`;
  if (member.leftOn !== null)
    return `${joined}, rời khối ${formatDate(member.leftOn)} (hợp nhất vào ${member.mergedInto.join(", ")})`;
  if (!member.continuing || member.succeeds.length === 0) return `${joined} đến 31/12/${year}`;
  const takeovers = member.succeeds.map((t) => `${t.name} từ ${formatDate(t.effectiveOn)}`).join(", ");
  return `${joined} đến 31/12/${year}; tiếp nhận ${takeovers}`;
}
