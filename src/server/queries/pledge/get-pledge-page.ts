import "server-only";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { toIsoDay, yearEnd } from "@/domain/calendar";
import { owingPledge, yearEndMembers } from "@/domain/membership";
import { spanOf } from "@/server/mappers/membership-span";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed, mayEditRegistrationsAsOwnUnit } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { NAME_SELECT, namesOf } from "../members/unit-names";

const TASK_SELECT = {
  select: {
    id: true,
    number: true,
    title: true,
    status: true,
    deadline: true,
    completedOn: true,
    completionShare: true,
  },
} as const;

/**
 * The pledge tab: the pledge; its signature sheet, one row per unit that was a member on the
 * pledge's day, or that will close the year while it is undated (src/domain/membership:
 * owingPledge); and the registrations (with linked tasks) and
 * own tasks of the year-end members, and of a unit that left during the year only when it had
 * registered something (its own history, shown with its leaving date).
 */
export async function getPledgePage(prisma: AppPrismaClient, user: SessionUser, blocYearId: string) {
  const row = await prisma.blocYear.findFirst({
    where: { id: blocYearId, AND: [blocYearsAllowed(user, "view")] },
    select: {
      id: true,
      year: true,
      pledge: {
        select: {
          id: true,
          title: true,
          body: true,
          signedOn: true,
          version: true,
          attachment: { select: { id: true, fileName: true, size: true, mimeType: true } },
          signatures: {
            select: { unitId: true, signerName: true, signerTitle: true, signedOn: true, version: true },
          },
        },
      },
      memberships: {
        select: { unitId: true, joinedOn: true, leftOn: true, unit: { select: { names: NAME_SELECT } } },
      },
      registrations: {
        orderBy: [{ kind: "asc" }, { id: "asc" }],
        select: {
          id: true,
          unitId: true,
          version: true,
          kind: true,
          content: true,
          note: true,
          outcome: true,
          tasks: { select: { task: TASK_SELECT } },
        },
      },
      tasks: { orderBy: { number: "asc" }, select: { ...TASK_SELECT.select, ownerUnitId: true } },
    },
  });
  if (!row) return null;
  const date = yearEnd(row.year);
  const spans = row.memberships.map(spanOf);
  const signedOn = row.pledge?.signedOn ? toIsoDay(row.pledge.signedOn) : null;
  const owingSignature = new Set(owingPledge(spans, { year: row.year, signedOn }).map((s) => s.unitId));
  const closing = new Set(yearEndMembers(spans, row.year).map((span) => span.unitId));
  const registered = new Set(row.registrations.map((registration) => registration.unitId));
  const all = row.memberships
    .map((membership) => ({
      unitId: membership.unitId,
      leftOn: membership.leftOn,
      ...namesOf(membership.unit.names, date),
      signature: row.pledge?.signatures.find((s) => s.unitId === membership.unitId) ?? null,
      registrations: row.registrations
        .filter((registration) => registration.unitId === membership.unitId)
        .map(({ tasks, ...registration }) => ({
          ...registration,
          tasks: tasks.map((link) => link.task).sort((a, b) => a.number - b.number),
        })),
      tasks: row.tasks.filter((task) => task.ownerUnitId === membership.unitId),
      editableByLeader: mayEditRegistrationsAsOwnUnit(user, membership.unitId),
    }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const signers = all.filter((member) => owingSignature.has(member.unitId));
  const members = all.filter((member) => closing.has(member.unitId) || registered.has(member.unitId));
  const pledge = row.pledge && {
    id: row.pledge.id,
    title: row.pledge.title,
    body: row.pledge.body,
    signedOn: row.pledge.signedOn,
    version: row.pledge.version,
    attachment: row.pledge.attachment,
  };
  return { id: row.id, year: row.year, pledge, signers, members };
}

export type PledgePage = NonNullable<Awaited<ReturnType<typeof getPledgePage>>>;
export type PledgeMember = PledgePage["members"][number];
