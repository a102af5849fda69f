import { getSessionUser } from "@/server/auth/session";
import { mayAdministerProvince } from "@/server/authz";
import { buildAgencyTemplate } from "@/server/excel/agency-template";

/** The agency import template (.xlsx): the headers to fill in and a guide. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return new Response("Phiên đăng nhập đã hết hạn.", { status: 401 });
  if (!mayAdministerProvince(user))
    return new Response("Bạn không có quyền thực hiện thao tác này.", { status: 403 });
  const content = await buildAgencyTemplate();
  return new Response(new Uint8Array(content), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="mau-nhap-don-vi.xlsx"; filename*=UTF-8''${encodeURIComponent("Mẫu nhập cơ quan, đơn vị.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
}
