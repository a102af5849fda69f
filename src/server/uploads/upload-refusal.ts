import "server-only";
import { UserFacingError } from "@/server/errors";

/** An upload refused with a safe Vietnamese message and the 4xx status the route answers with. */
export class UploadRefusal extends UserFacingError {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 429,
  ) {
    super(message);
    this.name = "UploadRefusal";
  }
}

/** For `.catch`: a refusal becomes the value the route answers with; anything else is rethrown. */
export function asRefusal(error: unknown): UploadRefusal {
  if (error instanceof UploadRefusal) return error;
  throw error;
}
