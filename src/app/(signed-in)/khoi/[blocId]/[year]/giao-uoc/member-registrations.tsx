import { formatDate } from "@/domain/calendar";
import { taskStatusText } from "@/domain/tasks";
import { REGISTRATION_KIND_LABEL } from "@/domain/vocabulary";
import type { PledgeMember } from "@/server/queries/pledge/get-pledge-page";
import { DeleteRegistrationButton } from "./delete-registration-button";
import { RegistrationForm } from "./registration-form";

type Props = { blocYearId: string; member: PledgeMember; editable: boolean };

/** One member's registrations, "pledged vs achieved": each with its tasks' statuses and the outcome. */
export function MemberRegistrations({ blocYearId, member, editable }: Props) {
  const headingId = `registrations-${member.unitId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="font-semibold">
        {member.name}{" "}
        <span className="text-sm font-normal text-stone-500">
          ({member.registrations.length} đăng ký
          {member.leftOn && `; rời khối ngày ${formatDate(member.leftOn)}`})
        </span>
      </h3>
      {member.registrations.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500">Chưa đăng ký chỉ tiêu, danh hiệu hay mô hình nào.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm [overflow-wrap:anywhere]">
          <thead className="text-stone-600">
            <tr>
              <th scope="col" className="py-1 pr-3">
                Đăng ký
              </th>
              <th scope="col" className="py-1 pr-3">
                Nhiệm vụ thực hiện
              </th>
              <th scope="col" className="py-1">
                Kết quả đạt được
              </th>
            </tr>
          </thead>
          <tbody>
            {member.registrations.map((registration) => (
              <tr key={registration.id} className="border-t border-stone-100 align-top">
                <td className="py-2 pr-3">
                  <span className="text-xs font-medium uppercase text-brand-800">
                    {REGISTRATION_KIND_LABEL[registration.kind]}
                  </span>
                  <span className="block">{registration.content}</span>
                  {registration.note && (
                    <span className="block text-xs text-stone-500">{registration.note}</span>
                  )}
                  {editable && (
                    <div className="no-print mt-1 flex gap-3">
                      <details>
                        <summary className="cursor-pointer text-sm text-brand-800 underline">Sửa</summary>
                        <div className="mt-2 w-[min(36rem,80vw)] rounded-md border border-stone-200 bg-stone-50 p-3">
                          <RegistrationForm
                            blocYearId={blocYearId}
                            member={member}
                            registration={registration}
                          />
                        </div>
                      </details>
                      <DeleteRegistrationButton
                        registrationId={registration.id}
                        version={registration.version}
                        content={registration.content}
                      />
                    </div>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {registration.tasks.length === 0 ? (
                    <span className="text-stone-400">—</span>
                  ) : (
                    <ul className="space-y-1">
                      {registration.tasks.map((task) => (
                        <li key={task.id}>
                          NV{task.number}: <span className="font-medium">{taskStatusText(task)}</span>
                          {task.completedOn && (
                            <span className="text-xs text-stone-500"> ({formatDate(task.completedOn)})</span>
                          )}
                          <span className="block text-xs text-stone-500">{task.title}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="py-2">
                  {registration.outcome ?? <span className="text-stone-400">Chưa báo cáo</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <details className="no-print mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">
            Thêm đăng ký cho {member.name}
          </summary>
          <div className="mt-2 rounded-md border border-stone-200 bg-stone-50 p-3">
            <RegistrationForm key={member.registrations.length} blocYearId={blocYearId} member={member} />
          </div>
        </details>
      )}
    </section>
  );
}
