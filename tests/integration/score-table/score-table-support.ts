import type { AppPrismaClient } from "@/server/database/connect";
import { loadCriteriaNodes, treeRevision } from "@/server/queries/score-table/criteria-nodes";
import type { DemoWorld } from "../../factories/demo";

/** The tree editor's update of one node, as its form sends it, with the fields in `patch` changed. */
export async function nodeUpdate(
  prisma: AppPrismaClient,
  blocYearId: string,
  code: string,
  patch: Partial<{
    title: string;
    maxPoints: number;
    kind: "MANUAL" | "DEDUCTION";
    capPoints: number | null;
    reducesId: string | null;
  }> = {},
) {
  const table = await tableInForce(prisma, blocYearId);
  const node = table.nodes.find((candidate) => candidate.code === code)!;
  return {
    operation: "update" as const,
    scoreTableId: table.id,
    revision: table.revision,
    criterionId: node.key,
    code: node.code,
    title: node.title,
    kind: node.kind,
    maxPoints: node.maxPoints,
    capPoints: node.capPoints,
    reducesId: node.reducesKey,
    ...patch,
  };
}

/** The table in force for a KTKT year, with its nodes and revision as the page would show them. */
export async function tableInForce(prisma: AppPrismaClient, blocYearId: string) {
  const table = await prisma.scoreTable.findFirstOrThrow({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, title: true, maxPoints: true },
  });
  const nodes = await loadCriteriaNodes(prisma, table.id);
  const idOf = (code: string) => nodes.find((node) => node.code === code)!.key;
  return { ...table, nodes, revision: treeRevision(table, nodes), idOf };
}

export async function ktktYear(prisma: AppPrismaClient, demo: DemoWorld, year: number) {
  return prisma.blocYear.findFirstOrThrow({
    where: { blocId: demo.ktkt.id, year },
    select: { id: true, version: true, rules: true, status: true },
  });
}

/** Everything a refused write must leave as it was. */
export async function snapshotOf(prisma: AppPrismaClient, blocYearId: string) {
  const [criteria, tables, audits, blocYear] = await Promise.all([
    prisma.criterion.findMany({ where: { scoreTable: { blocYearId } }, orderBy: { id: "asc" } }),
    prisma.scoreTable.count({ where: { blocYearId } }),
    prisma.auditEvent.count(),
    prisma.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { rules: true, version: true } }),
  ]);
  return { criteria, tables, audits, blocYear };
}

export const FORBIDDEN_USERS = ["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"] as const;
