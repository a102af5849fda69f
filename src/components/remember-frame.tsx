"use client";

import { useEffect } from "react";
import type { BlocYearTab, SignedInFrameFacts, YearFrameFacts } from "@/domain/rankings/rankings-page";
import { rememberSignedInFrame, rememberYearFrame } from "./remembered-frames";

/** Keeps the signed-in frame a server layout drew, for the prerendered pages (remembered-frames.ts). */
export function RememberSignedInFrame(facts: SignedInFrameFacts) {
  const { user, showAdminLink } = facts;
  useEffect(() => rememberSignedInFrame({ user, showAdminLink }), [user, showAdminLink]);
  return null;
}

/** Keeps the year frame a server layout drew, for the prerendered pages (remembered-frames.ts). */
export function RememberYearFrame({ year, tabs }: { year: YearFrameFacts; tabs: BlocYearTab[] }) {
  useEffect(() => rememberYearFrame({ year, tabs }), [year, tabs]);
  return null;
}
