import { z } from "zod";
import {
  buildStateDocument,
  DOCUMENT_KIND_LABEL,
  DOCUMENT_KINDS,
  type DocumentKind,
} from "@/domain/documents";
import { documentSettingsSchema, toDocumentSettings } from "@/schemas/documents/document-settings";
import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { stateDocumentBuffer } from "@/server/documents/state-document-docx";
import { getDocumentFacts } from "@/server/queries/documents/get-document-facts";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ blocYearId: string; kind: string }> };

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * An official document of a published bloc-year as .docx (tờ trình, biên bản, bảng tổng hợp),
 * for anyone who may view the year, with the number, place, date and recipients of the query.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return text("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", 401);
  const { blocYearId, kind } = await params;
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) return text("Không có loại văn bản này.", 404);
  const documentKind = kind as DocumentKind;
  const parsed = documentSettingsSchema(documentKind).safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return text(Object.values(fieldErrors).flat().join(" ") || "Thông tin văn bản không hợp lệ.", 400);
  }
  const answer = await getDocumentFacts(db, user, { blocYearId });
  if (answer.kind === "not-found") return text("Không tìm thấy năm thi đua.", 404);
  if (answer.kind === "not-published")
    return text(`Năm ${answer.year} chưa công bố kết quả: văn bản chỉ lập từ kết quả đã công bố.`, 409);
  const document = buildStateDocument(documentKind, answer.facts, toDocumentSettings(parsed.data));
  const body = await stateDocumentBuffer(document);
  const fileName = `${DOCUMENT_KIND_LABEL[documentKind]} ${answer.facts.data.year}.docx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": DOCX_TYPE,
      "Content-Disposition": `attachment; filename="${kind}-${answer.facts.data.year}.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
