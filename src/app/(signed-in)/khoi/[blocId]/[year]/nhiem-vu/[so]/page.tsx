import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { formatDate } from "@/domain/calendar";
import { taskStatusText } from "@/domain/tasks";
import { formatShare } from "@/domain/format";
import { db } from "@/server/db";
import { getTask } from "@/server/queries/tasks/get-task";
import { getTaskFormOptions } from "@/server/queries/tasks/task-form-options";
import { openTaskRoute } from "../task-route";
import { TaskDefinitionForm } from "../task-definition-form";
import { TaskProgressForm } from "../task-progress-form";
import { KeyTaskBadge } from "@/components/key-task-badge";
import { EvidenceFiles } from "@/components/evidence-files";
import { removeTaskFileAction } from "../actions";
import { DeleteTaskButton } from "./delete-task-button";

export const metadata: Metadata = { title: "Nhiệm vụ" };

type Props = {
  params: Promise<{ blocId: string; year: string; so: string }>;
  searchParams: Promise<{ "da-luu"?: string }>;
};

export default async function TaskPage({ params, searchParams }: Props) {
  const { so } = await params;
  if (!/^\d{1,6}$/.test(so)) notFound();
  const { user, header, basePath } = await openTaskRoute(params);
  const detail = await getTask(db, { user, blocYearId: header.id, number: Number(so) });
  if (!detail) notFound();
  const { task } = detail;
  const options = detail.canEditDefinition ? await getTaskFormOptions(db, detail.year) : null;
  const justCreated = (await searchParams)["da-luu"] === "tao";
  return (
    <article className="grid gap-6">
      <nav className="no-print text-sm">
        <Link href={basePath} className="text-brand-800 hover:underline">
          ← Danh sách nhiệm vụ
        </Link>
      </nav>
      {justCreated && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã thêm nhiệm vụ số {task.number}.
        </p>
      )}
      <header>
        <h2 className="text-xl font-semibold">
          Nhiệm vụ số {task.number}
          {task.isKey && <KeyTaskBadge className="ml-2 align-middle" />}
        </h2>
        <p className="mt-1 text-stone-800">{task.title}</p>
      </header>
      <dl className="grid gap-3 rounded-lg border border-stone-200 bg-white p-5 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-stone-500">Đơn vị chủ trì</dt>
          <dd className="font-medium">{task.ownerName}</dd>
        </div>
        <div>
          <dt className="text-stone-500">Văn bản giao</dt>
          <dd>
            {task.sourceDocument
              ? `${task.sourceDocument.code} ngày ${formatDate(task.sourceDocument.issuedOn)}`
              : "—"}
          </dd>
        </div>
        <div>
          <dt className="text-stone-500">Trọng số · Hạn</dt>
          <dd>
            {task.weight} · {formatDate(task.deadline)}
          </dd>
        </div>
        <div>
          <dt className="text-stone-500">Trạng thái</dt>
          <dd className="font-medium">{taskStatusText(task)}</dd>
        </div>
        <div>
          <dt className="text-stone-500">Hoàn thành</dt>
          <dd>
            {formatDate(task.completedOn)} · {formatShare(task.completionShare)}
          </dd>
        </div>
        <div>
          <dt className="text-stone-500">Tiêu chí tính điểm</dt>
          <dd>{task.criterion ? `${task.criterion.code}. ${task.criterion.title}` : "Không tính điểm"}</dd>
        </div>
        {(task.evidenceNote || task.evidenceUrl) && (
          <div className="sm:col-span-3">
            <dt className="text-stone-500">Minh chứng</dt>
            <dd>
              {task.evidenceNote}
              {task.evidenceUrl && (
                <a
                  href={task.evidenceUrl}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  className="ml-2 break-all text-brand-800 underline"
                >
                  {task.evidenceUrl}
                </a>
              )}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="files-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h3 id="files-heading" className="mb-2 font-semibold">
          Tệp minh chứng
        </h3>
        <EvidenceFiles
          files={task.evidenceFiles}
          uploadUrl={detail.canUpdateProgress ? `/api/minh-chung/nhiem-vu/${task.id}` : undefined}
          remove={detail.canUpdateProgress ? removeTaskFileAction : undefined}
        />
      </section>
      {detail.canUpdateProgress && (
        <section aria-labelledby="progress-heading" className="no-print">
          <h3 id="progress-heading" className="mb-2 font-semibold">
            Cập nhật tiến độ
          </h3>
          <TaskProgressForm task={task} />
        </section>
      )}
      {options && (
        <section aria-labelledby="definition-heading" className="no-print">
          <h3 id="definition-heading" className="mb-2 font-semibold">
            Sửa thông tin nhiệm vụ
          </h3>
          <TaskDefinitionForm mode="edit" task={task} year={detail.year.year} options={options} />
        </section>
      )}
      {detail.canDelete && (
        <section aria-labelledby="delete-heading" className="no-print">
          <h3 id="delete-heading" className="mb-1 font-semibold">
            Xóa nhiệm vụ
          </h3>
          <p className="mb-2 text-sm text-stone-600">
            Chỉ xóa được trước khi bắt đầu chấm điểm. Nội dung nhiệm vụ được giữ trong nhật ký thay đổi.
          </p>
          <DeleteTaskButton taskId={task.id} version={task.version} number={task.number} />
        </section>
      )}
    </article>
  );
}
