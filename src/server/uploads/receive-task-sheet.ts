import "server-only";
import { MAX_IMPORT_BYTES, type ImportRow } from "@/domain/tasks";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { readTaskSheet } from "@/server/excel/read-task-sheet";
import { findWritableYear } from "./find-writable-year";
import { readLimitedForm } from "./read-limited-form";
import { UploadRefusal } from "./upload-refusal";

export type ReceivedTaskSheet = { blocYearId: string; rows: ImportRow[]; fileName: string };

const TOO_LARGE = `Tệp quá lớn: tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

/**
 * The task sheet an upload carries, in the order that keeps a hostile upload cheap: authorise
 * (manage, year not published) → read the body within the size limit → check and read the
 * workbook within its limits. Every refusal is an UploadRefusal; nothing is saved here.
 */
export async function receiveTaskSheet(
  prisma: AppPrismaClient,
  upload: { request: Request; user: SessionUser; blocId: string; year: string },
): Promise<ReceivedTaskSheet> {
  const blocYearId = await findWritableYear(prisma, upload.user, upload);
  const form = await readLimitedForm(upload.request, { maxFileBytes: MAX_IMPORT_BYTES, tooLarge: TOO_LARGE });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new UploadRefusal("Vui lòng chọn một tệp .xlsx.", 400);
  if (file.size > MAX_IMPORT_BYTES) throw new UploadRefusal(TOO_LARGE, 413);
  const rows = await readTaskSheet(new Uint8Array(await file.arrayBuffer()));
  return { blocYearId, rows, fileName: file.name.slice(0, 200) };
}
