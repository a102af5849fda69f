import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { ConferenceData } from "@/domain/conference/conference-data";
import { formatDate } from "@/domain/calendar";
import type { Slide } from "@/domain/conference/slides";
import { SlideHeading } from "./slide-heading";

type Props = { data: ConferenceData; slide: Extract<Slide, { kind: "members" }> };

/** The members with their role and who signed the pledge for them. */
export function MembersSlide({ data, slide }: Props) {
  return (
    <section aria-labelledby="slide-heading" className="flex h-full flex-col gap-[2vh]">
      <SlideHeading page={slide}>Thành viên và ký kết giao ước thi đua</SlideHeading>
      <p className="text-[clamp(1rem,2.8vh,2.2rem)] text-slate-300">
        {data.pledge
          ? `${data.pledge.signed}/${data.pledge.owed} đơn vị đã ký giao ước${data.pledge.signedOn ? ` ngày ${formatDate(data.pledge.signedOn)}` : ""}`
          : "Chưa có giao ước thi đua."}
      </p>
      {data.members.length === 0 ? (
        <p className="text-[clamp(1.4rem,4vh,3rem)] text-slate-300">Khối chưa có thành viên.</p>
      ) : (
        <table className="w-full border-collapse text-left text-[clamp(1rem,3vh,2.3rem)]">
          <caption className="sr-only">Thành viên khối năm {data.year}</caption>
          <thead className="text-[0.7em] uppercase tracking-wide text-amber-200">
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="py-[0.4em] pr-[1em]">
                STT
              </th>
              <th scope="col" className="py-[0.4em] pr-[1em]">
                Đơn vị
              </th>
              <th scope="col" className="py-[0.4em] pr-[1em]">
                Vai trò
              </th>
              <th scope="col" className="py-[0.4em]">
                Người ký giao ước
              </th>
            </tr>
          </thead>
          <tbody>
            {slide.members.map((member, index) => (
              <tr key={member.unitId} className="border-b border-slate-800">
                <td className="py-[0.35em] pr-[1em] tabular-nums">{slide.offset + index + 1}</td>
                <th scope="row" className="py-[0.35em] pr-[1em] font-semibold">
                  {member.name}
                </th>
                <td className="py-[0.35em] pr-[1em] text-[0.8em] text-amber-200">
                  {member.role ? BLOC_ROLE_LABEL[member.role] : "Thành viên"}
                </td>
                <td className="py-[0.35em] text-[0.8em]">
                  {member.signature ? (
                    `${member.signature.signerName}, ${member.signature.signerTitle}`
                  ) : (
                    <span className="text-amber-300">Chưa ký</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
