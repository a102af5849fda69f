/**
 * A form's fields as a plain object for zod; the names in `lists` are read with getAll (checkbox
 * groups, multi-selects), every other field once. Files are left out: they go through their route.
 */
export function formInput(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (lists.includes(key)) input[key] = [...((input[key] as string[] | undefined) ?? []), value];
    else input[key] = value;
  }
  for (const key of lists) input[key] ??= [];
  return input;
}
