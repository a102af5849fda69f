import type { ImportProblem } from "@/domain/tasks/import-columns";

const SHOWN = 500;

/** Every problem of a refused file, by row and column, so the official can fix the sheet in one pass. */
export function ImportProblems({ problems, fileName }: { problems: ImportProblem[]; fileName: string }) {
  const rows = new Set(problems.map((problem) => problem.row)).size;
  return (
    <section aria-labelledby="problems-heading" className="rounded-lg border border-brand-100 bg-white p-5">
      <div role="alert">
        <h3 id="problems-heading" className="font-semibold text-brand-800">
          Tệp {fileName} có {problems.length} lỗi ở {rows} dòng. Chưa có nhiệm vụ nào được lưu.
        </h3>
      </div>
      <p className="mt-1 text-sm text-stone-600">
        Sửa các ô dưới đây trong tệp Excel rồi chọn lại tệp để nhập.
      </p>
      <div className="mt-3 max-h-[28rem] overflow-auto">
        <table className="w-full text-left text-sm">
          <thead className="sticky top-0 bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Dòng
              </th>
              <th scope="col" className="px-3 py-2">
                Cột
              </th>
              <th scope="col" className="px-3 py-2">
                Lỗi
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((problem, index) => (
              <tr key={index} className="border-t border-stone-100">
                <td className="px-3 py-1.5 tabular-nums">{problem.row}</td>
                <td className="px-3 py-1.5">{problem.column ?? "—"}</td>
                <td className="px-3 py-1.5">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {problems.length > SHOWN && (
          <p className="mt-2 text-sm text-stone-600">
            … và {problems.length - SHOWN} lỗi khác. Sửa các lỗi trên rồi nhập lại để xem tiếp.
          </p>
        )}
      </div>
    </section>
  );
}
