import { attachObjectionFileSchema } from "@/schemas/attachments/evidence-file";
import { db } from "@/server/db";
import { answerEvidenceUpload } from "@/server/http/evidence-upload-route";
import { attachObjectionFile } from "@/server/mutations/evidence/attach-evidence-file";
import { authorizeObjectionEvidence } from "@/server/mutations/evidence/evidence-targets";

type Context = { params: Promise<{ objectionId: string }> };

/** A paper backing an objection to a score (multipart field "file"). */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { objectionId } = await params;
  return answerEvidenceUpload({
    request,
    targetId: objectionId,
    authorize: (tx, user) => authorizeObjectionEvidence(tx, { user, objectionId }),
    schema: attachObjectionFileSchema,
    input: (upload) => ({ objectionId, ...upload }),
    attach: (user, data) => attachObjectionFile(db, user, data),
  });
}
