import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { rankingWorkbookBuffer } from "@/server/excel/ranking-export";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ blocYearId: string }> };

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The summary score and ranking table as .xlsx, for anyone who may view the bloc-year. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return new Response("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", { status: 401 });
  const { blocYearId } = await params;
  const data = await getConferenceData(db, user, { blocYearId });
  if (!data) return new Response("Không tìm thấy năm thi đua.", { status: 404 });
  const body = await rankingWorkbookBuffer(data);
  const fileName = `bang-tong-hop-diem-xep-hang-${data.year}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(`Bảng tổng hợp điểm xếp hạng ${data.year}.xlsx`)}`,
      "Cache-Control": "no-store",
    },
  });
}
