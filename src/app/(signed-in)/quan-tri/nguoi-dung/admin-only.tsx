/** What anyone but a province admin sees on the administration pages. */
export function AdminOnly() {
  return (
    <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
      Trang này chỉ dành cho quản trị cấp tỉnh.
    </p>
  );
}
