import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { isSameOrigin } from "@/server/http/request-guards";
import { importAgencies } from "@/server/mutations/province/import-agencies";
import { receiveAgencySheet } from "@/server/uploads/receive-agency-sheet";
import { asRefusal, UploadRefusal } from "@/server/uploads/upload-refusal";
import { UserFacingError } from "@/server/errors";
import type { AgencyImportResult } from "../import-result";

const answer = (result: AgencyImportResult, status = 200) => Response.json(result, { status });

/**
 * Uploads an .xlsx of agencies: refused before the body is read for anyone but the province
 * admin; a readable sheet answers with the problems per row and cell (nothing saved) or the count.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers))
    return answer({ type: "failed", message: "Yêu cầu không hợp lệ." }, 403);
  const user = await getSessionUser();
  if (!user)
    return answer({ type: "failed", message: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." }, 401);
  const received = await receiveAgencySheet({ request, user }).catch(asRefusal);
  if (received instanceof UploadRefusal)
    return answer({ type: "failed", message: received.message }, received.status);
  try {
    const outcome = await importAgencies(db, user, received);
    return outcome.ok
      ? answer({ type: "done", count: outcome.count })
      : answer({ type: "problems", problems: outcome.problems }, 422);
  } catch (error) {
    if (error instanceof UserFacingError) return answer({ type: "failed", message: error.message }, 409);
    throw error;
  }
}
