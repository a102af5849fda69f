import { formatDate } from "@/domain/calendar";
import { Section } from "@/components/forms/section";
import type { AgencyDetail } from "@/server/queries/province/get-agency";

/** The agency's names over time, its mergers and the blocs it has been a member of. */
export function NameHistory({ agency }: { agency: AgencyDetail }) {
  return (
    <Section id="history-heading" title="Lịch sử">
      <h3 className="text-sm font-semibold text-stone-700">Tên theo thời gian</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {agency.names.map((row) => (
          <li key={row.id}>
            <span className="font-medium">{row.name}</span> ({row.shortName}) — từ {formatDate(row.validFrom)}
            {row.validTo && ` đến trước ${formatDate(row.validTo)}`}
          </li>
        ))}
      </ul>
      {agency.predecessors.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold text-stone-700">Kế thừa từ</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {agency.predecessors.map((link) => (
              <li key={`${link.name}-${link.effectiveOn}`}>
                {link.name} — từ {formatDate(link.effectiveOn)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="mt-4 text-sm font-semibold text-stone-700">Thành viên khối thi đua</h3>
      {agency.memberships.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">Chưa là thành viên khối nào.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {agency.memberships.map((row) => (
            <li key={`${row.blocName}-${row.year}`}>
              {row.blocName} năm {row.year}: từ {formatDate(row.joinedOn)}
              {row.leftOn && `, rời khối ${formatDate(row.leftOn)}`}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
