import "server-only";
import type { BlocWhereInput, BlocYearWhereInput } from "@/generated/prisma/models";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "../auth/session-user";
import { ForbiddenError } from "../errors";
import { blocsManageableBy, blocYearsAllowed, type BlocAction } from "./scope";

type BlocYearReader = {
  blocYear: {
    findFirst(args: {
      where: BlocYearWhereInput;
      select: { id: true; status: true; version: true };
    }): Promise<BlocYearFacts | null>;
  };
};
export type BlocYearFacts = { id: string; status: BlocYearStatus; version: number };

/**
 * Loads a bloc-year only if the user may act on it; refuses with the same message whether it
 * does not exist or is someone else's, so ids of other blocs reveal nothing.
 */
export async function authorizeBlocYear(
  reader: BlocYearReader,
  options: { user: SessionUser; blocYearId: string; action: BlocAction },
): Promise<BlocYearFacts> {
  const facts = await reader.blocYear.findFirst({
    where: { id: options.blocYearId, AND: [blocYearsAllowed(options.user, options.action)] },
    select: { id: true, status: true, version: true },
  });
  if (!facts) throw new ForbiddenError();
  return facts;
}

type BlocReader = {
  bloc: { findFirst(args: { where: BlocWhereInput; select: { id: true } }): Promise<{ id: string } | null> };
};

/** Loads a bloc only if the user may manage it; the same refusal whether it does not exist or is someone else's. */
export async function authorizeBlocManagement(
  reader: BlocReader,
  options: { user: SessionUser; blocId: string },
): Promise<{ id: string }> {
  const bloc = await reader.bloc.findFirst({
    where: { id: options.blocId, AND: [blocsManageableBy(options.user)] },
    select: { id: true },
  });
  if (!bloc) throw new ForbiddenError();
  return bloc;
}
