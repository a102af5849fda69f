import "server-only";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_TEXT } from "@/schemas/attachments/uploaded-file";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { findWritableYear } from "./find-writable-year";
import { readLimitedForm } from "./read-limited-form";

/**
 * The pledge scan an upload carries, as the attach mutation's unparsed input: authorised first
 * (whoever manages the year may attach it, until it is published), then read within 10 MB. The
 * bloc-year comes from the address, not from the form.
 */
export async function receivePledgeScan(
  prisma: AppPrismaClient,
  upload: { request: Request; user: SessionUser; blocId: string; year: string },
) {
  const blocYearId = await findWritableYear(prisma, upload.user, upload);
  const form = await readLimitedForm(upload.request, {
    maxFileBytes: MAX_ATTACHMENT_BYTES,
    tooLarge: `Tệp quá lớn (${MAX_ATTACHMENT_TEXT}).`,
  });
  const file = form.get("file");
  return {
    blocYearId,
    version: form.get("version"),
    fileName: file instanceof File ? file.name : undefined,
    bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined,
  };
}
