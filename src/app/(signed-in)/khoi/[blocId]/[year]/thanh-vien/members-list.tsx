import Link from "@/components/app-link";
import { formatDate } from "@/domain/calendar";
import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { MembersPage } from "@/server/queries/members/get-members-page";
import { MembershipDatesForm } from "./membership-dates-form";

/** The year's members with their roles and dates; managers edit the dates in place. */
export function MembersList({ page, editable }: { page: MembersPage; editable: boolean }) {
  if (page.members.length === 0) {
    return (
      <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
        Khối chưa có thành viên trong năm này. {editable && "Thêm đơn vị ở mục bên dưới."}
      </p>
    );
  }
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Thành viên năm {page.year}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-4 py-2">
              Đơn vị
            </th>
            <th scope="col" className="px-4 py-2">
              Vai trò
            </th>
            <th scope="col" className="px-4 py-2">
              Tham gia / rời khối
            </th>
          </tr>
        </thead>
        <tbody>
          {page.members.map((member) => (
            <tr
              key={member.membershipId}
              className={`border-t border-stone-100 ${member.leftOn ? "text-stone-500" : ""}`}
            >
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={`/don-vi/${member.unitId}`} className="text-brand-800 hover:underline">
                  {member.name}
                </Link>
                <span className="block text-xs font-normal text-stone-500">
                  {member.shortName} · mã {member.code}
                  {member.latestName !== member.name && ` · nay là ${member.latestName}`}
                </span>
              </th>
              <td className="px-4 py-2">
                {member.role ? (
                  <>
                    <span className="font-medium text-brand-800">{BLOC_ROLE_LABEL[member.role.role]}</span>
                    <span className="block text-xs text-stone-500">
                      Bầu ngày {formatDate(member.role.electedOn)}
                      {member.role.decisionRef && ` · ${member.role.decisionRef}`}
                    </span>
                  </>
                ) : (
                  "Thành viên"
                )}
              </td>
              <td className="px-4 py-2">
                {editable ? (
                  <MembershipDatesForm
                    membershipId={member.membershipId}
                    version={member.version}
                    unitName={member.name}
                    joinedOn={member.joinedOn}
                    leftOn={member.leftOn}
                  />
                ) : (
                  <>
                    {formatDate(member.joinedOn)}
                    {member.leftOn && (
                      <span className="block text-xs">Rời khối {formatDate(member.leftOn)}</span>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
