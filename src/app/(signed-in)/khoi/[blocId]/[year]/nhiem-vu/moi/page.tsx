import type { Metadata } from "next";
import Link from "@/components/app-link";
import { db } from "@/server/db";
import { getTaskFormOptions } from "@/server/queries/tasks/task-form-options";
import { getTaskYear } from "@/server/queries/tasks/task-year";
import { openTaskRoute, type TaskRouteParams } from "../task-route";
import { TaskDefinitionForm } from "../task-definition-form";

export const metadata: Metadata = { title: "Thêm nhiệm vụ" };

export default async function NewTaskPage({ params }: { params: TaskRouteParams }) {
  const { user, header, basePath } = await openTaskRoute(params);
  const year = await getTaskYear(db, { user, blocYearId: header.id });
  return (
    <section className="grid gap-4">
      <nav className="no-print text-sm">
        <Link href={basePath} className="text-brand-800 hover:underline">
          ← Danh sách nhiệm vụ
        </Link>
      </nav>
      <h2 className="text-xl font-semibold">Thêm nhiệm vụ</h2>
      {year.canEdit ? (
        <TaskDefinitionForm
          mode="create"
          blocYearId={year.id}
          year={year.year}
          options={await getTaskFormOptions(db, year)}
        />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          {year.definitionRefusal}
        </p>
      )}
    </section>
  );
}
