import { getSessionUser } from "@/server/auth/session";
import { isSameOrigin } from "@/server/http/request-guards";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/errors";
import { importTasks } from "@/server/mutations/tasks/import-tasks";
import { receiveTaskSheet, type ReceivedTaskSheet } from "@/server/uploads/receive-task-sheet";
import { asRefusal, UploadRefusal } from "@/server/uploads/upload-refusal";
import type { ImportEvent } from "../import-events";

type Context = { params: Promise<{ blocId: string; year: string }> };

const refuse = (message: string, status: number) =>
  Response.json({ type: "failed", message } satisfies ImportEvent, { status });

/**
 * Uploads an .xlsx of tasks. A refused upload (no right to manage, too large, not a workbook,
 * over the limits) answers 4xx with one `failed` event; a readable sheet answers with NDJSON
 * progress lines (checking row i/n, saving), then the problems per row and cell, or the count saved.
 */
export async function POST(request: Request, { params }: Context) {
  if (!isSameOrigin(request.headers)) return refuse("Yêu cầu không hợp lệ.", 403);
  const user = await getSessionUser();
  if (!user) return refuse("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", 401);
  const received = await receiveTaskSheet(db, { request, user, ...(await params) }).catch(asRefusal);
  if (received instanceof UploadRefusal) return refuse(received.message, received.status);
  return new Response(streamImport({ user, ...received }), {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

type ImportJob = ReceivedTaskSheet & { user: SessionUser };

function streamImport(job: ImportJob): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const outcome = await importTasks(
          db,
          job.user,
          { blocYearId: job.blocYearId, rows: job.rows, fileName: job.fileName },
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
