export default function ConferenceLoading() {
  return (
    <div
      className="flex h-screen items-center justify-center bg-slate-950 text-3xl text-slate-200"
      role="status"
    >
      Đang tải màn hình hội nghị…
    </div>
  );
}
