import { todayInVietnam } from "@/domain/calendar";
import type { ConferenceSource } from "@/domain/conference/conference-data";
import { defaultDocumentSettings, DOCUMENT_KIND_LABEL, DOCUMENT_KINDS } from "@/domain/documents";
import { DocumentForm } from "./document-form";

type Props = {
  blocYearId: string;
  year: number;
  source: ConferenceSource;
  bloc: { code: string; province: string };
};

/** The official documents of a published year as Word files; a year not yet published has none. */
export function OfficialDocuments({ blocYearId, year, source, bloc }: Props) {
  return (
    <section aria-labelledby="official-documents" className="no-print mb-8">
      <h2 id="official-documents" className="text-lg font-semibold">
        Văn bản chính thức (Word)
      </h2>
      {source.kind === "live" ? (
        <p className="mt-2 text-sm text-stone-600">
          Tờ trình, biên bản và bảng tổng hợp theo thể thức văn bản hành chính được lập từ kết quả đã công bố.
          Năm {year} chưa công bố kết quả.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600">
            Lập từ kết quả công bố lần {source.number}, theo thể thức Nghị định 30/2020/NĐ-CP. Điền số, ngày
            rồi tải về.
          </p>
          <div className="mt-4 grid gap-4 lg:grid-cols-3">
            {DOCUMENT_KINDS.map((kind) => (
              <div key={kind} className="rounded-lg border border-stone-200 bg-white p-4">
                <h3 className="mb-3 font-medium">{DOCUMENT_KIND_LABEL[kind]}</h3>
                <DocumentForm
                  blocYearId={blocYearId}
                  year={year}
                  kind={kind}
                  defaults={defaultDocumentSettings(kind, {
                    blocCode: bloc.code,
                    province: bloc.province,
                    publishedOn: todayInVietnam(new Date(source.publishedAt)),
                  })}
                />
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
