import "server-only";
import type { DraftNode } from "@/domain/score-table/criteria-tree";
import { CRITERION_KIND_LABEL } from "@/domain/vocabulary";
import { formatPoints } from "@/domain/format";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { loadCriteriaNodes, treeRevision } from "@/server/queries/score-table/criteria-nodes";
import { authorizeYearRewrite } from "@/server/mutations/writable-bloc-year";

export type OpenTable = {
  id: string;
  blocYearId: string;
  version: number;
  title: string;
  maxPoints: number;
  nodes: DraftNode[];
};

const RELOAD = "Nội dung bạn nhập vẫn còn trong biểu mẫu; hãy tải lại trang để xem bản mới rồi lưu lại.";

function conflictMessage(nodes: readonly DraftNode[], focusKey: string | undefined): string {
  const focus = nodes.find((node) => node.key === focusKey);
  if (focusKey && !focus) return `Mục bạn đang sửa vừa bị người khác xóa khỏi bảng điểm. ${RELOAD}`;
  const now = focus
    ? ` Hiện tại mục ${focus.code} là “${focus.title}” (${CRITERION_KIND_LABEL[focus.kind]}, tối đa ${formatPoints(focus.maxPoints)} điểm).`
    : "";
  return `Bảng điểm vừa được người khác thay đổi.${now} ${RELOAD}`;
}

/**
 * Opens the table in force for an edit, inside the transaction: authorises from the table's own
 * bloc-year, serialises editors of that year, and refuses the edit if the table is no longer in
 * force or has changed since the user loaded it (`revision`).
 */
export async function openTableForEdit(
  tx: AppTransaction,
  options: { user: SessionUser; scoreTableId: string; revision: string; focusKey?: string },
): Promise<OpenTable> {
  const head = await tx.scoreTable.findUnique({
    where: { id: options.scoreTableId },
    select: { blocYearId: true },
  });
  if (!head) throw new ForbiddenError();
  await authorizeYearRewrite(tx, { user: options.user, blocYearId: head.blocYearId, activity: "scoreTable" });
  const latest = await tx.scoreTable.findFirstOrThrow({
    where: { blocYearId: head.blocYearId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, title: true, maxPoints: true },
  });
  if (latest.id !== options.scoreTableId)
    throw new ConflictError(`Bảng điểm vừa được lưu thành phiên bản ${latest.version}. ${RELOAD}`);
  const nodes = await loadCriteriaNodes(tx, latest.id);
  if (treeRevision(latest, nodes) !== options.revision)
    throw new ConflictError(conflictMessage(nodes, options.focusKey));
  return { ...latest, blocYearId: head.blocYearId, nodes };
}
