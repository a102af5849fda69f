export default function TasksLoading() {
  return (
    <p role="status" className="animate-pulse text-stone-500">
      Đang tải danh sách nhiệm vụ…
    </p>
  );
}
