/** A link for keyboard users, shown when focused: jumps past navigation to `target`. */
export function SkipLink({ target, children }: { target: string; children: string }) {
  return (
    <a
      href={`#${target}`}
      className="no-print sr-only focus:not-sr-only focus:absolute focus:z-50 focus:m-2 focus:inline-block focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:font-medium focus:text-brand-800 focus:shadow"
    >
      {children}
    </a>
  );
}
