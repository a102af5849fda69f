import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireSessionUser } from "@/server/auth/session";
import { isVisibleBloc } from "@/server/queries/gates/visible-bloc";

type Props = { children: ReactNode; params: Promise<{ blocId: string }> };

/**
 * Every page of a bloc starts here. No loading boundary sits above this layout, so a bloc that
 * does not exist or is not the user's answers HTTP 404 before any of the page streams.
 */
export default async function BlocLayout({ children, params }: Props) {
  const { blocId } = await params;
  if (!(await isVisibleBloc(await requireSessionUser(), blocId))) notFound();
  return children;
}
