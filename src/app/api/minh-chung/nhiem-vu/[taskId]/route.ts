import { attachTaskFileSchema } from "@/schemas/attachments/evidence-file";
import { db } from "@/server/db";
import { answerEvidenceUpload } from "@/server/http/evidence-upload-route";
import { attachTaskFile } from "@/server/mutations/evidence/attach-evidence-file";
import { authorizeTaskEvidence } from "@/server/mutations/evidence/evidence-targets";

type Context = { params: Promise<{ taskId: string }> };

/** An evidence file for a task's progress (multipart field "file"). */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { taskId } = await params;
  return answerEvidenceUpload({
    request,
    targetId: taskId,
    authorize: (tx, user) => authorizeTaskEvidence(tx, { user, taskId }),
    schema: attachTaskFileSchema,
    input: (upload) => ({ taskId, ...upload }),
    attach: (user, data) => attachTaskFile(db, user, data),
  });
}
