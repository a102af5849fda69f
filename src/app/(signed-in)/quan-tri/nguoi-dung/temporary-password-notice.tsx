/** The one time a temporary password is shown: the admin passes it on; it is not stored in clear. */
export function TemporaryPasswordNotice({ username, password }: { username: string; password: string }) {
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950"
    >
      <p>
        Mật khẩu tạm thời của <strong>{username}</strong> (chỉ hiện một lần, hãy chuyển cho người dùng):
      </p>
      <p className="mt-2">
        <code
          data-testid="temporary-password"
          className="rounded bg-white px-2 py-1 font-mono text-base select-all"
        >
          {password}
        </code>
      </p>
      <p className="mt-2">
        Ở lần đăng nhập đầu tiên, người dùng phải đặt mật khẩu mới trước khi làm việc khác.
      </p>
    </div>
  );
}
