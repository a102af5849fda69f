/** What anyone but a province admin sees in the administration area (its layout and each page). */
export function AdminOnly() {
  return (
    <p role="alert" className="rounded-lg border border-stone-200 bg-white p-6 text-stone-700">
      Trang quản trị chỉ dành cho quản trị viên tỉnh.
    </p>
  );
}
