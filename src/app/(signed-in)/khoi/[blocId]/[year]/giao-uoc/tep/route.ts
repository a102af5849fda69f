import { revalidatePath } from "next/cache";
import { attachPledgeFileSchema, MAX_ATTACHMENT_BYTES } from "@/schemas/pledge/pledge";
import { db } from "@/server/db";
import { attachPledgeFile } from "@/server/mutations/pledge/attach-pledge-file";
import { runAction } from "@/server/run-action";

// A route rather than a server action: server actions accept 1 MB bodies by default, and a
// scanned pledge may be up to 10 MB. Same steps as an action: parse → authorise → write.
const MULTIPART_OVERHEAD = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request))
    return Response.json({ ok: false, formError: "Yêu cầu không hợp lệ." }, { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD) {
    return Response.json({ ok: false, formError: "Tệp quá lớn (tối đa 10 MB)." }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const input = {
    blocYearId: form?.get("blocYearId"),
    version: form?.get("version"),
    fileName: file instanceof File ? file.name : undefined,
    bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined,
  };
  const result = await runAction({
    schema: attachPledgeFileSchema,
    input,
    run: (user, data) => attachPledgeFile(db, user, data),
  });
  revalidatePath("/khoi", "layout");
  return Response.json(result, { status: result.ok ? 200 : 400 });
}

/** Browsers send Origin on POST: a form posted from another site is refused (CSRF). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  // "null" (a sandboxed frame, a file: page) is no origin of ours: refused, not a parse error.
  return origin !== null && host !== null && URL.canParse(origin) && new URL(origin).host === host;
}
