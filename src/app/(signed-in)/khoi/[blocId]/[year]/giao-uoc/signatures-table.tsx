import { formatDate } from "@/domain/calendar";
import type { PledgePage } from "@/server/queries/pledge/get-pledge-page";
import { SignatureForm } from "./signature-form";

/** One signature row per member; managers edit each row on its own. */
export function SignaturesTable({ page, editable }: { page: PledgePage; editable: boolean }) {
  const signed = page.signers.filter((member) => member.signature).length;
  return (
    <>
      <p className="text-sm text-stone-600">
        {signed}/{page.signers.length} đơn vị đã ký.
      </p>
      <table className="mt-2 w-full text-left text-sm">
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Đơn vị
            </th>
            <th scope="col" className="px-3 py-2">
              {editable ? "Người ký · chức vụ · ngày ký" : "Người ký"}
            </th>
            {!editable && (
              <th scope="col" className="px-3 py-2">
                Chức vụ
              </th>
            )}
            {!editable && (
              <th scope="col" className="px-3 py-2">
                Ngày ký
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {page.signers.map((member) => (
            <tr key={member.unitId} className="border-t border-stone-100 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {member.name}
              </th>
              {editable ? (
                <td className="px-3 py-2">
                  <SignatureForm
                    blocYearId={page.id}
                    unitId={member.unitId}
                    unitName={member.name}
                    signature={member.signature}
                    defaultSignedOn={page.pledge?.signedOn ?? null}
                  />
                </td>
              ) : (
                <>
                  <td className="px-3 py-2">
                    {member.signature?.signerName ?? <span className="text-stone-500">Chưa ký</span>}
                  </td>
                  <td className="px-3 py-2">{member.signature?.signerTitle ?? "—"}</td>
                  <td className="px-3 py-2">{formatDate(member.signature?.signedOn)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
