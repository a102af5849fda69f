import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { buildTaskTemplate } from "@/server/excel/task-template";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getTaskFormOptions } from "@/server/queries/tasks/task-form-options";
import { getTaskYear } from "@/server/queries/tasks/task-year";

type Context = { params: Promise<{ blocId: string; year: string }> };

/** The import template of this bloc-year (.xlsx), with the units that can still own a task and the province's documents listed. */
export async function GET(_request: Request, { params }: Context) {
  const { blocId, year } = await params;
  const user = await getSessionUser();
  if (!user) return new Response("Phiên đăng nhập đã hết hạn.", { status: 401 });
  const header = /^\d{4}$/.test(year) ? await getBlocYearHeader(user, blocId, Number(year)) : null;
  if (!header) return new Response("Không tìm thấy năm thi đua.", { status: 404 });
  const options = await getTaskFormOptions(db, await getTaskYear(db, { user, blocYearId: header.id }));
  const content = await buildTaskTemplate({
    year: header.year,
    blocName: header.bloc.name,
    members: options.templateMembers,
    sourceDocuments: options.sourceDocuments,
  });
  return new Response(new Uint8Array(content), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="mau-nhap-nhiem-vu-${header.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`Mẫu nhập nhiệm vụ ${header.year}.xlsx`)}`,
      "Cache-Control": "no-store",
    },
  });
}
