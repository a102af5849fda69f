import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { ConferenceData } from "@/domain/conference/conference-data";
import { formatDate } from "@/domain/calendar";
import type { Slide } from "@/domain/conference/slides";
import { SlideHeading } from "./slide-heading";
import { useRowCapacity } from "./use-row-capacity";

type Props = {
  data: ConferenceData;
  slide: Extract<Slide, { kind: "members" }>;
  onRowsFit(rows: number): void;
};

// One line per member (long names end in "…") so the screen can count the rows that fit.
const CELL = "overflow-hidden py-[0.35em] pr-[0.6em] text-ellipsis whitespace-nowrap";
const PHONE_HIDDEN = "max-sm:hidden";

/** The members with their role and who signed the pledge for them. */
export function MembersSlide({ data, slide, onRowsFit }: Props) {
  const area = useRowCapacity<HTMLElement>(onRowsFit);
  return (
    <section ref={area} aria-labelledby="slide-heading" className="flex h-full flex-col gap-[2vh]">
      <SlideHeading page={slide}>Thành viên và ký kết giao ước thi đua</SlideHeading>
      <p className="text-[clamp(1rem,2.8vh,4.4rem)] text-slate-300">
        {data.pledge
          ? `${data.pledge.signed}/${data.pledge.owed} đơn vị đã ký giao ước${data.pledge.signedOn ? ` ngày ${formatDate(data.pledge.signedOn)}` : ""}`
          : "Chưa có giao ước thi đua."}
      </p>
      {data.members.length === 0 ? (
        <p className="text-[clamp(1.4rem,4vh,6rem)] text-slate-300">Khối chưa có thành viên.</p>
      ) : (
        <table className="w-full table-fixed border-collapse text-left text-[length:clamp(1rem,min(3vh,1.85vw),4.5rem)] leading-snug">
          <caption className="sr-only">Thành viên khối năm {data.year}</caption>
          <colgroup>
            <col className="w-[3.2em]" />
            <col />
            {/* The role's column as wide as "Phó trưởng khối": the name takes what is left. */}
            <col className="w-[8em]" />
            {/* A phone keeps number, name and role: the signer would leave the name no room. */}
            <col className={`w-[30%] ${PHONE_HIDDEN}`} />
          </colgroup>
          <thead className="text-[0.7em] uppercase tracking-wide text-amber-200">
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="py-[0.4em] pr-[0.6em]">
                STT
              </th>
              <th scope="col" className="py-[0.4em] pr-[0.6em]">
                Đơn vị
              </th>
              <th scope="col" className="py-[0.4em] pr-[0.6em]">
                Vai trò
              </th>
              <th scope="col" className={`py-[0.4em] ${PHONE_HIDDEN}`}>
                Người ký giao ước
              </th>
            </tr>
          </thead>
          <tbody>
            {slide.members.map((member, index) => (
              <tr key={member.unitId} className="border-b border-slate-800">
                <td className={`${CELL} tabular-nums`}>{slide.offset + index + 1}</td>
                <th scope="row" className={`${CELL} font-semibold`}>
                  {member.name}
                </th>
                <td className={`${CELL} text-[0.8em] text-amber-200`}>
                  {member.role ? BLOC_ROLE_LABEL[member.role] : "Thành viên"}
                </td>
                <td className={`${CELL} pr-0 text-[0.8em] ${PHONE_HIDDEN}`}>
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
