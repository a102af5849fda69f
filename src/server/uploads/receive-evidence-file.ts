import "server-only";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_TEXT } from "@/schemas/attachments/uploaded-file";
import { RECORD_ID_PATTERN } from "@/schemas/record-id";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ForbiddenError, PublishedYearError, StageRefusedError, UserFacingError } from "@/server/errors";
import { readLimitedForm } from "./read-limited-form";
import { UploadRefusal } from "./upload-refusal";

/**
 * An evidence upload as the attach mutation's unparsed input, in the order that keeps a hostile
 * upload cheap: the target's own checks (the mutation's, run once before a byte of the body is
 * read; the mutation runs them again inside its write) → the body within 10 MB.
 */
export async function receiveEvidenceFile(
  prisma: AppPrismaClient,
  upload: { request: Request; targetId: string; authorize: (tx: AppTransaction) => Promise<unknown> },
) {
  if (!RECORD_ID_PATTERN.test(upload.targetId))
    throw new UploadRefusal("Không tìm thấy mục cần đính kèm.", 404);
  await prisma.$transaction(upload.authorize).catch((error: unknown) => {
    throw asUploadRefusal(error);
  });
  const form = await readLimitedForm(upload.request, {
    maxFileBytes: MAX_ATTACHMENT_BYTES,
    tooLarge: `Tệp quá lớn (${MAX_ATTACHMENT_TEXT}).`,
  });
  const file = form.get("file");
  return {
    fileName: file instanceof File ? file.name : undefined,
    bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined,
  };
}

function asUploadRefusal(error: unknown): unknown {
  if (error instanceof ForbiddenError) return new UploadRefusal(error.message, 403);
  if (error instanceof PublishedYearError || error instanceof StageRefusedError)
    return new UploadRefusal(error.message, 409);
  if (error instanceof UserFacingError) return new UploadRefusal(error.message, 422);
  return error;
}
