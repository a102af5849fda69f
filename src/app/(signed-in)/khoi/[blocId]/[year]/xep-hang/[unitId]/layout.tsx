import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireSessionUser } from "@/server/auth/session";
import { isVisibleUnitInYear } from "@/server/queries/gates/visible-unit-in-year";

type Props = { children: ReactNode; params: Promise<{ blocId: string; year: string; unitId: string }> };

/** A unit that is no member of the year, or not the user's to see, answers 404 before the page streams. */
export default async function UnitExplanationLayout({ children, params }: Props) {
  const { blocId, year, unitId } = await params;
  const user = await requireSessionUser();
  if (!(await isVisibleUnitInYear(user, { blocId, year: Number(year), unitId }))) notFound();
  return children;
}
