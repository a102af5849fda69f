import "server-only";
import { MAX_AGENCY_IMPORT_BYTES } from "@/domain/agencies";
import type { SessionUser } from "@/server/auth/session-user";
import { provinceAdministeredBy } from "@/server/authz";
import { ForbiddenError } from "@/server/errors";
import { readAgencySheet, type AgencyImportRow } from "@/server/excel/read-agency-sheet";
import { readLimitedForm } from "./read-limited-form";
import { UploadRefusal } from "./upload-refusal";

export type ReceivedAgencySheet = { rows: AgencyImportRow[]; fileName: string };

const TOO_LARGE = `Tệp quá lớn: tối đa ${MAX_AGENCY_IMPORT_BYTES / 1024 / 1024} MB.`;

/**
 * The agency sheet an upload carries, in the order that keeps a hostile upload cheap: the
 * province admin only (before a byte of the body is read) → the body within the size limit →
 * the workbook within its limits, parsed in a child process. Nothing is saved here.
 */
export async function receiveAgencySheet(upload: {
  request: Request;
  user: SessionUser;
}): Promise<ReceivedAgencySheet> {
  if (!provinceAdministeredBy(upload.user)) throw new UploadRefusal(new ForbiddenError().message, 403);
  const form = await readLimitedForm(upload.request, {
    maxFileBytes: MAX_AGENCY_IMPORT_BYTES,
    tooLarge: TOO_LARGE,
  });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new UploadRefusal("Vui lòng chọn một tệp .xlsx.", 400);
  if (file.size > MAX_AGENCY_IMPORT_BYTES) throw new UploadRefusal(TOO_LARGE, 413);
  const rows = await readAgencySheet(new Uint8Array(await file.arrayBuffer()));
  return { rows, fileName: file.name.slice(0, 200) };
}
