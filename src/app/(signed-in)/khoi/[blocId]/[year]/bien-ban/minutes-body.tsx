import type { ReactNode } from "react";
import { AwardProposalsList } from "@/components/conference/award-proposals-list";
import { snapshotLabel } from "@/domain/conference/display";
import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import type { ConferenceData, ConferenceMember } from "@/domain/conference/conference-data";
import { SignatureBlocks } from "./signature-blocks";

/** The text of the minutes around the results table, in the administrative form officials expect. */
export function MinutesBody({ data, children }: { data: ConferenceData; children: ReactNode }) {
  const leaders = data.members.filter(
    (member): member is ConferenceMember & { role: NonNullable<ConferenceMember["role"]> } =>
      member.role !== null,
  );
  return (
    <article
      className="rounded-lg border border-stone-200 bg-white p-8 print:border-0 print:p-0"
      aria-labelledby="minutes-title"
    >
      <header className="grid grid-cols-2 gap-4 text-center text-sm">
        <div>
          <p className="font-semibold uppercase">{data.bloc.name}</p>
          <p>{data.bloc.province}</p>
        </div>
        <div>
          <p className="font-semibold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-semibold">Độc lập – Tự do – Hạnh phúc</p>
        </div>
      </header>
      <h2 id="minutes-title" className="mt-6 text-center text-xl font-bold uppercase">
        Biên bản hội nghị tổng kết công tác thi đua năm {data.year}
      </h2>
      {data.source.kind === "live" ? (
        <p className="mt-1 text-center text-sm font-semibold text-brand-800">DỰ THẢO – kết quả tạm tính</p>
      ) : (
        <p className="mt-1 text-center text-sm italic">({snapshotLabel(data.source)})</p>
      )}
      <section className="mt-6 space-y-2 text-sm leading-relaxed">
        <p>
          Thành phần: đại diện lãnh đạo {data.members.length} đơn vị thành viên của {data.bloc.name}
          {leaders.length > 0 && (
            <>
              , do{" "}
              {leaders
                .map((leader) => `${leader.name} (${BLOC_ROLE_LABEL[leader.role].toLowerCase()})`)
                .join(", ")}{" "}
              chủ trì
            </>
          )}
          .
        </p>
        <p>
          Hội nghị đã thông qua kết quả chấm điểm, xếp hạng thi đua năm {data.year} của các đơn vị thành viên
          như sau:
        </p>
      </section>
      <div className="mt-4 overflow-x-auto print:overflow-visible">{children}</div>
      <section className="mt-6 space-y-2 text-sm leading-relaxed break-inside-avoid">
        <h3 className="font-semibold">Đề nghị khen thưởng</h3>
        <AwardProposalsList awards={data.awards} />
        {data.nextYear && data.nextYear.roles.length > 0 && (
          <>
            <h3 className="pt-2 font-semibold">Bầu trưởng khối, phó trưởng khối năm {data.nextYear.year}</h3>
            <ul className="list-disc pl-6">
              {data.nextYear.roles.map((role) => (
                <li key={`${role.role}-${role.name}`}>
                  {BLOC_ROLE_LABEL[role.role]}: {role.name}.
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <SignatureBlocks leaders={leaders} />
    </article>
  );
}
