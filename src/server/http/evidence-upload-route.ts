import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { SessionUser } from "@/server/auth/session-user";
import { getSessionUser } from "@/server/auth/session";
import type { AppTransaction } from "@/server/database/connect";
import { db } from "@/server/db";
import { runAction } from "@/server/run-action";
import { receiveEvidenceFile } from "@/server/uploads/receive-evidence-file";
import { asRefusal, UploadRefusal } from "@/server/uploads/upload-refusal";
import { isSameOrigin } from "./request-guards";

const refuse = (formError: string, status: number) => Response.json({ ok: false, formError }, { status });

/**
 * An evidence upload's answer, shared by the task and score-line routes. A route rather than a
 * server action: actions accept 1 MB bodies, evidence may be 10 MB. Authorised before the body
 * is read, then as an action: parse → authorise again inside the write → write.
 */
export async function answerEvidenceUpload<S extends z.ZodType>(options: {
  request: Request;
  targetId: string;
  authorize: (tx: AppTransaction, user: SessionUser) => Promise<unknown>;
  schema: S;
  input: (upload: { fileName?: string; bytes?: Uint8Array }) => unknown;
  attach: (user: SessionUser, data: z.output<S>) => Promise<unknown>;
}): Promise<Response> {
  if (!isSameOrigin(options.request.headers)) return refuse("Yêu cầu không hợp lệ.", 403);
  const user = await getSessionUser();
  if (!user) return refuse("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", 401);
  const upload = await receiveEvidenceFile(db, {
    request: options.request,
    targetId: options.targetId,
    authorize: (tx) => options.authorize(tx, user),
  }).catch(asRefusal);
  if (upload instanceof UploadRefusal) return refuse(upload.message, upload.status);
  const result = await runAction({
    schema: options.schema,
    input: options.input(upload),
    run: options.attach,
  });
  revalidatePath("/khoi", "layout");
  return Response.json(result, { status: result.ok ? 200 : 400 });
}
