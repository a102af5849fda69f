import { MAX_IMPORT_BYTES } from "@/domain/tasks";
import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { readTaskSheet } from "@/server/excel/read-task-sheet";
import { UserFacingError } from "@/server/errors";
import { importTasks } from "@/server/mutations/tasks/import-tasks";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import type { ImportEvent } from "../import-events";

type Context = { params: Promise<{ blocId: string; year: string }> };

const TOO_LARGE = `Tệp quá lớn: tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
const refuse = (message: string, status: number) =>
  Response.json({ type: "failed", message } satisfies ImportEvent, { status });

/** Cookies go with same-site requests only; a POST from another site is refused outright. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  // "null" (a sandboxed frame, a file: page) is no origin of ours: refused, not a parse error.
  return origin === null || (URL.canParse(origin) && new URL(origin).host === request.headers.get("host"));
}

/**
 * Uploads an .xlsx of tasks and answers with NDJSON progress lines (reading, checking row i/n,
 * saving), then the outcome: the problems per row and cell, or the count saved.
 */
export async function POST(request: Request, { params }: Context) {
  if (!sameOrigin(request)) return refuse("Yêu cầu không hợp lệ.", 403);
  const user = await getSessionUser();
  if (!user) return refuse("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", 401);
  const { blocId, year } = await params;
  const header = /^\d{4}$/.test(year) ? await getBlocYearHeader(user, blocId, Number(year)) : null;
  if (!header) return refuse("Không tìm thấy năm thi đua.", 404);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024)
    return refuse(TOO_LARGE, 413);
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse("Vui lòng chọn một tệp .xlsx.", 400);
  if (file.size > MAX_IMPORT_BYTES) return refuse(TOO_LARGE, 413);
  const content = new Uint8Array(await file.arrayBuffer());
  return new Response(
    streamImport({ user, blocYearId: header.id, content, fileName: file.name.slice(0, 200) }),
    {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Cache-Control": "no-cache, no-transform",
        "X-Accel-Buffering": "no",
      },
    },
  );
}

type ImportJob = {
  user: NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;
  blocYearId: string;
  content: Uint8Array;
  fileName: string;
};

function streamImport(job: ImportJob): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        send({ type: "progress", phase: "reading", done: 0, total: 0 });
        const rows = await readTaskSheet(job.content);
        const outcome = await importTasks(
          db,
          job.user,
          { blocYearId: job.blocYearId, rows, fileName: job.fileName },
          (progress) => send({ type: "progress", ...progress }),
        );
        send(
          outcome.ok
            ? {
                type: "done",
                count: outcome.count,
                firstNumber: outcome.firstNumber,
                lastNumber: outcome.lastNumber,
              }
            : { type: "problems", problems: outcome.problems },
        );
      } catch (error) {
        if (!(error instanceof UserFacingError)) console.error("Task import failed", error);
        send({
          type: "failed",
          message:
            error instanceof UserFacingError
              ? error.message
              : "Hệ thống chưa nhập được tệp này. Chưa có nhiệm vụ nào được lưu.",
        });
      }
      controller.close();
    },
  });
}
