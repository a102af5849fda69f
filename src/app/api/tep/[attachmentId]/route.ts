import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { contentDisposition } from "@/server/http/content-disposition";
import { getAttachmentForUser } from "@/server/queries/attachments/get-attachment";

type Context = { params: Promise<{ attachmentId: string }> };

const NOT_FOUND = () =>
  new Response("Không tìm thấy tệp.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/** An attachment's bytes for whoever may view its bloc-year; 404 for everyone else, signed in or not. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const { attachmentId } = await context.params;
  const user = await getSessionUser();
  if (!user || attachmentId.length > 64) return NOT_FOUND();
  const attachment = await getAttachmentForUser(db, user, attachmentId);
  if (!attachment) return NOT_FOUND();
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(attachment.size),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
