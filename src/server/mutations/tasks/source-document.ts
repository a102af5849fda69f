import "server-only";
import { fromIsoDay } from "@/domain/calendar";
import type { SourceChoice } from "@/schemas/tasks/task-fields";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";

type Context = { provinceId: string; blocYearId: string; actorId: string };

/** The chosen document's id: an existing one must be the province's; a new one is recorded and audited. */
export async function resolveSourceDocument(
  tx: AppTransaction,
  choice: SourceChoice,
  context: Context,
): Promise<string | null> {
  if (choice.sourceMode === "none") return null;
  if (choice.sourceMode === "existing") {
    const found = await tx.sourceDocument.findFirst({
      where: { id: choice.sourceDocumentId, provinceId: context.provinceId },
      select: { id: true },
    });
    if (!found) throw new UserFacingError("Văn bản giao đã chọn không có trong danh sách của tỉnh.");
    return found.id;
  }
  const data = {
    provinceId: context.provinceId,
    code: choice.newSourceCode,
    title: choice.newSourceTitle,
    issuedOn: fromIsoDay(choice.newSourceIssuedOn),
  };
  // ON CONFLICT DO NOTHING: a code taken meanwhile is refused with a message, not a database error.
  const created = await tx.sourceDocument.createManyAndReturn({
    data: [data],
    skipDuplicates: true,
    select: { id: true },
  });
  if (created.length === 0)
    throw new UserFacingError(
      `Số hiệu văn bản "${choice.newSourceCode}" đã có: hãy chọn văn bản đó trong danh sách.`,
    );
  const id = created[0]!.id;
  await recordAudit(tx, {
    actorId: context.actorId,
    blocYearId: context.blocYearId,
    entity: "SourceDocument",
    entityId: id,
    action: "create",
    newValue: { code: data.code, title: data.title, issuedOn: choice.newSourceIssuedOn },
  });
  return id;
}
