import { BLOC_ROLE_LABEL, type BlocRoleCode } from "@/domain/vocabulary";
import type { ConferenceMember } from "@/domain/conference/conference-data";

type Leader = ConferenceMember & { role: BlocRoleCode };

/** One block per leader of the year (head first), with room for the signature and the name. */
export function SignatureBlocks({ leaders }: { leaders: Leader[] }) {
  if (leaders.length === 0) {
    return (
      <p className="mt-10 text-sm text-stone-600">
        Năm này chưa có trưởng khối, phó trưởng khối: bổ sung ở mục Thành viên &amp; vai trò trước khi in.
      </p>
    );
  }
  return (
    <section
      aria-label="Chữ ký"
      className="mt-10 grid grid-cols-3 gap-6 text-center text-sm break-inside-avoid"
    >
      {leaders.map((leader) => (
        <div key={leader.unitId} data-testid="signature-block">
          <p className="font-semibold uppercase">{BLOC_ROLE_LABEL[leader.role]}</p>
          <p>{leader.name}</p>
          <p className="italic text-stone-500">(Ký, ghi rõ họ tên, đóng dấu)</p>
          <div className="h-24" aria-hidden />
          <p className="font-medium">{leader.signature?.signerName ?? "………………………………"}</p>
        </div>
      ))}
    </section>
  );
}
