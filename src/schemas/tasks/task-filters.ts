import { z } from "zod";
import { recordId } from "@/schemas/record-id";
import { TaskStatus } from "@/generated/prisma/enums";

/** Sort orders of the task list; the default follows the numbering of the source document. */
export const TASK_SORTS = ["so", "don-vi", "han"] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

const optionalId = recordId().optional().catch(undefined);

/**
 * The list's filters as URL search params (Vietnamese names, so a bookmarked view reads well):
 * don-vi, trang-thai, van-ban ("khong" = no document), qua-han=1, sap-xep. Anything malformed is
 * ignored rather than refused: a stale bookmark still opens.
 */
export const taskFiltersSchema = z.object({
  "don-vi": optionalId,
  "trang-thai": z.enum(TaskStatus).optional().catch(undefined),
  "van-ban": optionalId,
  "qua-han": z.literal("1").optional().catch(undefined),
  "sap-xep": z.enum(TASK_SORTS).optional().catch(undefined),
});

export type TaskFilterParams = z.output<typeof taskFiltersSchema>;

export type TaskFilters = {
  unitId?: string;
  status?: TaskStatus;
  sourceDocumentId?: string;
  overdueOnly: boolean;
  sort: TaskSort;
};

/** Search params (single or repeated) → the filters the list query takes. */
export function readTaskFilters(searchParams: Record<string, string | string[] | undefined>): TaskFilters {
  const first = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const params = taskFiltersSchema.parse(first);
  return {
    unitId: params["don-vi"],
    status: params["trang-thai"],
    sourceDocumentId: params["van-ban"],
    overdueOnly: params["qua-han"] === "1",
    sort: params["sap-xep"] ?? "so",
  };
}
