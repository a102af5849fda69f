import type { CriterionKindCode } from "@/domain/vocabulary/codes";
import { type DraftNode, NEW_NODE_KEY, childrenOf, subtreeKeys } from "./criteria-tree";

export interface NodeFields {
  code: string;
  title: string;
  kind: CriterionKindCode;
  maxPoints: number;
  capPoints: number | null;
  /** Undefined: unchanged by an update, none for a new node. */
  reducesKey?: string | null;
}

export type TreeEdit =
  | { kind: "add"; parentKey: string | null; fields: NodeFields }
  | { kind: "update"; key: string; fields: NodeFields }
  | { kind: "delete"; key: string }
  | { kind: "move"; key: string; direction: "up" | "down" };

/** An edit that cannot apply to this tree (e.g. the node is gone); the message is Vietnamese. */
export class TreeEditError extends Error {}

function find(nodes: readonly DraftNode[], key: string): DraftNode {
  const node = nodes.find((candidate) => candidate.key === key);
  if (!node) throw new TreeEditError("Mục này không còn trong bảng điểm. Vui lòng tải lại trang.");
  return node;
}

/** Positions 1…n in the given order, so deletions leave no gaps. */
function renumber(nodes: DraftNode[], parentKey: string | null): DraftNode[] {
  const order = new Map(childrenOf(nodes, parentKey).map((node, index) => [node.key, index + 1]));
  return nodes.map((node) => (order.has(node.key) ? { ...node, position: order.get(node.key)! } : node));
}

function add(nodes: readonly DraftNode[], parentKey: string | null, fields: NodeFields): DraftNode[] {
  if (parentKey !== null) find(nodes, parentKey);
  const position = Math.max(0, ...childrenOf(nodes, parentKey).map((sibling) => sibling.position)) + 1;
  return [
    ...nodes,
    { key: NEW_NODE_KEY, parentKey, position, ...fields, reducesKey: fields.reducesKey ?? null },
  ];
}

function move(nodes: readonly DraftNode[], key: string, direction: "up" | "down"): DraftNode[] {
  const node = find(nodes, key);
  const siblings = childrenOf(nodes, node.parentKey);
  const index = siblings.findIndex((sibling) => sibling.key === key);
  const neighbour = siblings[direction === "up" ? index - 1 : index + 1];
  if (!neighbour)
    throw new TreeEditError(
      direction === "up" ? `Mục ${node.code} đã ở vị trí đầu.` : `Mục ${node.code} đã ở vị trí cuối.`,
    );
  return nodes.map((candidate) => {
    if (candidate.key === node.key) return { ...candidate, position: neighbour.position };
    if (candidate.key === neighbour.key) return { ...candidate, position: node.position };
    return candidate;
  });
}

/** The tree after one edit; pure, the input is left as it was. */
export function applyTreeEdit(nodes: readonly DraftNode[], edit: TreeEdit): DraftNode[] {
  switch (edit.kind) {
    case "add":
      return add(nodes, edit.parentKey, edit.fields);
    case "update":
      find(nodes, edit.key);
      return nodes.map((node) => {
        if (node.key !== edit.key) return node;
        const { reducesKey = node.reducesKey, ...fields } = edit.fields;
        return { ...node, ...fields, reducesKey };
      });
    case "delete": {
      const removed = subtreeKeys(nodes, find(nodes, edit.key).key);
      // A deduction that reduced a deleted criterion goes back to reducing the total.
      const kept = nodes
        .filter((node) => !removed.has(node.key))
        .map((node) =>
          node.reducesKey !== null && removed.has(node.reducesKey) ? { ...node, reducesKey: null } : node,
        );
      return renumber(kept, find(nodes, edit.key).parentKey);
    }
    case "move":
      return move(nodes, edit.key, edit.direction);
  }
}
