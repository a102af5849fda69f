import "server-only";
import { z } from "zod";
import { ConflictError, FieldProblemsError, isTransactionConflict, UserFacingError } from "./errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

export function invalidInput(error: z.ZodError): ActionResult<never> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return { ok: false, formError: formErrors[0] ?? "Dữ liệu nhập chưa hợp lệ.", fieldErrors };
}

/** Expected failures become a safe message; anything else is rethrown for error.tsx and the log. */
export async function userFacing<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof FieldProblemsError)
      return { ok: false, formError: "Dữ liệu nhập chưa hợp lệ.", fieldErrors: error.fieldErrors };
    if (error instanceof UserFacingError) return { ok: false, formError: error.message };
    if (isTransactionConflict(error)) return { ok: false, formError: new ConflictError().message };
    throw error;
  }
}
