import { attachScoreLineFileSchema } from "@/schemas/attachments/evidence-file";
import { db } from "@/server/db";
import { answerEvidenceUpload } from "@/server/http/evidence-upload-route";
import { attachScoreLineFile } from "@/server/mutations/evidence/attach-evidence-file";
import { authorizeScoreLineEvidence } from "@/server/mutations/evidence/evidence-targets";

type Context = { params: Promise<{ lineId: string }> };

/** An evidence file for one score line (multipart field "file"). */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { lineId } = await params;
  return answerEvidenceUpload({
    request,
    targetId: lineId,
    authorize: (tx, user) => authorizeScoreLineEvidence(tx, { user, lineId }),
    schema: attachScoreLineFileSchema,
    input: (upload) => ({ lineId, ...upload }),
    attach: (user, data) => attachScoreLineFile(db, user, data),
  });
}
