/**
 * What a route shows while its server component loads. Only the dot pulses: fading the words
 * themselves would drop their contrast below what a reader (and WCAG AA) needs.
 */
export function LoadingNote({ children }: { children: string }) {
  return (
    <p role="status" className="flex items-center gap-2 text-stone-700">
      <span aria-hidden="true" className="inline-block size-2 animate-pulse rounded-full bg-brand-600" />
      {children}
    </p>
  );
}
