import { z } from "zod";
import { idField } from "./fields";

/** "Tạo năm N+1" from the bloc's latest year N. */
export const createNextBlocYearSchema = z.object({ fromBlocYearId: idField });

export type CreateNextBlocYearInput = z.infer<typeof createNextBlocYearSchema>;
