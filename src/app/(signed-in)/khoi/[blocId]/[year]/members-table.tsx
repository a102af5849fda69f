import Link from "@/components/app-link";
import { formatDate } from "@/domain/calendar";
import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { BlocYearOverview } from "@/server/queries/get-bloc-year-overview";

export function MembersTable({ overview }: { overview: BlocYearOverview }) {
  return (
    <section aria-labelledby="members-heading" className="mt-8">
      <h2 id="members-heading" className="text-lg font-semibold">
        Thành viên ({overview.members.length})
      </h2>
      <p className="text-sm text-stone-600">
        Các đơn vị là thành viên ngày {formatDate(overview.membersOn)}
        {overview.departed > 0 &&
          `; ${overview.departed} đơn vị đã rời khối trong năm (xem trang Thành viên)`}
        .
      </p>
      <p className="text-sm text-stone-600">
        {overview.pledge
          ? `${overview.pledge.title}: ${overview.pledge.signed}/${overview.pledge.owed} đơn vị đã ký${overview.pledge.signedOn ? ` ngày ${formatDate(overview.pledge.signedOn)}` : ""}.`
          : "Chưa có giao ước thi đua cho năm này."}
      </p>
      {overview.members.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Khối chưa có thành viên trong năm này.
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Đơn vị
                </th>
                <th scope="col" className="px-4 py-2">
                  Vai trò
                </th>
                <th scope="col" className="px-4 py-2">
                  Tham gia
                </th>
                <th scope="col" className="px-4 py-2">
                  Ký giao ước
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.members.map((member) => (
                <tr key={member.unitId} className="border-t border-stone-100">
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/don-vi/${member.unitId}`} className="text-brand-800 hover:underline">
                      {member.name}
                    </Link>
                  </th>
                  <td className="px-4 py-2">
                    {member.role ? (
                      <>
                        <span className="font-medium text-brand-800">
                          {BLOC_ROLE_LABEL[member.role.role]}
                        </span>
                        <span className="block text-xs text-stone-500">
                          Bầu ngày {formatDate(member.role.electedOn)}
                        </span>
                      </>
                    ) : (
                      "Thành viên"
                    )}
                  </td>
                  <td className="px-4 py-2">
                    {formatDate(member.joinedOn)}
                    {member.leftOn && (
                      <span className="block text-xs text-stone-500">
                        Rời khối {formatDate(member.leftOn)}
                      </span>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    {member.signature ? (
                      <>
                        {member.signature.signerName}
                        <span className="block text-xs text-stone-500">
                          {member.signature.signerTitle} · {formatDate(member.signature.signedOn)}
                        </span>
                      </>
                    ) : (
                      <span className="text-stone-500">Chưa ký</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
