import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RememberYearFrame } from "@/components/remember-frame";
import { YearFrame } from "@/components/year-frame";
import { requireSessionUser } from "@/server/auth/session";
import { yearTabsFor } from "@/server/navigation/year-tabs";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { yearFrameFactsOf } from "@/server/queries/year-frame-facts";

type Props = { children: ReactNode; params: Promise<{ blocId: string; year: string }> };

export default async function BlocYearLayout({ children, params }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const frame = { year: yearFrameFactsOf(header), tabs: yearTabsFor(user, header) };
  return (
    <YearFrame {...frame}>
      <RememberYearFrame {...frame} />
      {children}
    </YearFrame>
  );
}
