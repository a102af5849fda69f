import { revalidatePath } from "next/cache";
import { attachPledgeFileSchema } from "@/schemas/pledge/pledge";
import { getSessionUser } from "@/server/auth/session";
import { isSameOrigin } from "@/server/http/request-guards";
import { db } from "@/server/db";
import { attachPledgeFile } from "@/server/mutations/pledge/attach-pledge-file";
import { runAction } from "@/server/run-action";
import { receivePledgeScan } from "@/server/uploads/receive-pledge-scan";
import { asRefusal, UploadRefusal } from "@/server/uploads/upload-refusal";

type Context = { params: Promise<{ blocId: string; year: string }> };

const refuse = (formError: string, status: number) => Response.json({ ok: false, formError }, { status });

// A route rather than a server action: server actions accept 1 MB bodies by default, and a
// scanned pledge may be up to 10 MB. Authorised before the body is read, then as an action:
// parse → authorise again inside the write → write.
export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!isSameOrigin(request.headers))
    return Response.json({ ok: false, formError: "Yêu cầu không hợp lệ." }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return refuse("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", 401);
  const input = await receivePledgeScan(db, { request, user, ...(await params) }).catch(asRefusal);
  if (input instanceof UploadRefusal) return refuse(input.message, input.status);
  const result = await runAction({
    schema: attachPledgeFileSchema,
    input,
    run: (user, data) => attachPledgeFile(db, user, data),
  });
  revalidatePath("/khoi", "layout");
  return Response.json(result, { status: result.ok ? 200 : 400 });
}
