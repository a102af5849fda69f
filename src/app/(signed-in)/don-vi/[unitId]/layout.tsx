import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireSessionUser } from "@/server/auth/session";
import { isVisibleUnit } from "@/server/queries/gates/visible-unit";

type Props = { children: ReactNode; params: Promise<{ unitId: string }> };

/** A unit that is not the user's to see answers HTTP 404 here, above the page's loading boundary. */
export default async function UnitLayout({ children, params }: Props) {
  const { unitId } = await params;
  if (!(await isVisibleUnit(await requireSessionUser(), unitId))) notFound();
  return children;
}
