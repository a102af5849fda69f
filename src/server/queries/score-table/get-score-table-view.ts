import "server-only";
import { depthOf, type DraftNode } from "@/domain/score-table/criteria-tree";
import { type TreeValidation, validateCriteriaTree } from "@/domain/score-table/validate-criteria-tree";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadCriteriaNodes, treeRevision } from "./criteria-nodes";
import { criterionUsage } from "./criterion-usage";
import { listScoreTableVersions, type ScoreTableVersionSummary } from "./list-score-table-versions";

export type ScoreTableNodeView = DraftNode & {
  depth: number;
  tasks: number;
  scoreLines: number;
  hasChildren: boolean;
};

export type ScoreTableView = {
  versions: ScoreTableVersionSummary[];
  /** The version shown: the one in force unless an earlier one was asked for. */
  table:
    | (ScoreTableVersionSummary & {
        inForce: boolean;
        revision: string;
        nodes: ScoreTableNodeView[];
        validation: TreeValidation;
      })
    | null;
};

/** A year's score table (in force, or an earlier version read-only) with its versions and checks. */
export async function getScoreTableView(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocYearId: string; version?: number },
): Promise<ScoreTableView> {
  const blocYear = await authorizeBlocYear(prisma, {
    user: options.user,
    blocYearId: options.blocYearId,
    action: "view",
  });
  const versions = await listScoreTableVersions(prisma, blocYear.id);
  const shown =
    options.version === undefined ? versions[0] : versions.find((table) => table.version === options.version);
  if (!shown) return { versions, table: null };
  const [nodes, usage] = await Promise.all([
    loadCriteriaNodes(prisma, shown.id),
    criterionUsage(prisma, shown.id),
  ]);
  const views = nodes.map((node) => ({
    ...node,
    depth: depthOf(nodes, node),
    tasks: usage.tasks.get(node.key) ?? 0,
    scoreLines: usage.lines.get(node.key) ?? 0,
    hasChildren: nodes.some((child) => child.parentKey === node.key),
  }));
  return {
    versions,
    table: {
      ...shown,
      inForce: shown.id === versions[0]?.id,
      revision: treeRevision(shown, nodes),
      nodes: views,
      validation: validateCriteriaTree(nodes, shown.maxPoints),
    },
  };
}
