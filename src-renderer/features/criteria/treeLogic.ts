/**
 * Editing operations on a criteria tree (cây tiêu chí: nhóm → tiêu chí → tiêu chí con), as pure
 * functions returning a new tree, so the editor keeps an undoable draft and the rules are unit-tested.
 * The tree's meaning (maxima, caps, totals) is the domain's: domain/scoring/criteria.ts.
 */
import type { CriterionKind, CriterionNode } from '../../domain/scoring';

export const KIND_LABELS: Record<CriterionKind, string> = {
  section: 'Nhóm tiêu chí',
  item: 'Tiêu chí',
  bonus: 'Điểm thưởng',
  deduction: 'Điểm trừ',
};

/** One row of the editor: a node with where it sits. */
export interface TreeRow {
  node: CriterionNode;
  depth: number;
  parentId: string | null;
  /** Position among its siblings and their count, for the move buttons. */
  index: number;
  siblings: number;
}

export function treeRows(nodes: readonly CriterionNode[], depth = 0, parentId: string | null = null): TreeRow[] {
  return nodes.flatMap((node, index) => [
    { node, depth, parentId, index, siblings: nodes.length },
    ...treeRows(node.children ?? [], depth + 1, node.id),
  ]);
}

export function findNode(nodes: readonly CriterionNode[], id: string): CriterionNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inner = findNode(node.children ?? [], id);
    if (inner) return inner;
  }
  return undefined;
}

/** Applies `change` to the sibling list that holds `id` (the top level when `id` is null). */
function mapSiblings(
  nodes: readonly CriterionNode[],
  parentId: string | null,
  change: (siblings: CriterionNode[]) => CriterionNode[],
): CriterionNode[] {
  if (parentId === null) return change([...nodes]);
  return nodes.map((node) =>
    node.id === parentId
      ? { ...node, children: change([...(node.children ?? [])]) }
      : node.children
        ? { ...node, children: mapSiblings(node.children, parentId, change) }
        : node,
  );
}

function parentOf(nodes: readonly CriterionNode[], id: string): string | null | undefined {
  return treeRows(nodes).find((row) => row.node.id === id)?.parentId;
}

export type NodePatch = Partial<Pick<CriterionNode, 'label' | 'maxPoints' | 'kind' | 'guidance'>>;

export function updateNode(nodes: readonly CriterionNode[], id: string, patch: NodePatch): CriterionNode[] {
  return nodes.map((node) =>
    node.id === id
      ? { ...node, ...patch }
      : node.children
        ? { ...node, children: updateNode(node.children, id, patch) }
        : node,
  );
}

/** Appends `child` under `parentId` (or at the top level); an unknown parent changes nothing. */
export function addNode(nodes: readonly CriterionNode[], parentId: string | null, child: CriterionNode): CriterionNode[] {
  if (parentId !== null && !findNode(nodes, parentId)) return [...nodes];
  return mapSiblings(nodes, parentId, (siblings) => [...siblings, child]);
}

/** Removes a node with everything under it. */
export function removeNode(nodes: readonly CriterionNode[], id: string): CriterionNode[] {
  return nodes
    .filter((node) => node.id !== id)
    .map((node) => (node.children ? { ...node, children: removeNode(node.children, id) } : node));
}

/** Moves a node one place up (-1) or down (+1) among its siblings; at an end it stays. */
export function moveNode(nodes: readonly CriterionNode[], id: string, delta: -1 | 1): CriterionNode[] {
  const parentId = parentOf(nodes, id);
  if (parentId === undefined) return [...nodes];
  return mapSiblings(nodes, parentId, (siblings) => {
    const from = siblings.findIndex((n) => n.id === id);
    const to = from + delta;
    if (to < 0 || to >= siblings.length) return siblings;
    [siblings[from], siblings[to]] = [siblings[to], siblings[from]];
    return siblings;
  });
}

/**
 * The kind a new child gets: under a group it is a scored item; under a bonus or deduction item it
 * stays a bonus or deduction (its sub-items are of the same kind).
 */
export function childKind(parent: CriterionNode): CriterionKind {
  return parent.kind === 'bonus' || parent.kind === 'deduction' ? parent.kind : 'item';
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * Numbers the table the way ward criteria are printed: groups I, II, III; their items 1, 2, 3;
 * sub-items 1.1, 1.2; anything deeper a, b, c.
 */
export function numberCriteria(nodes: readonly CriterionNode[], depth = 0, parentCode = ''): CriterionNode[] {
  return nodes.map((node, i) => {
    const code =
      depth === 0 ? toRoman(i + 1)
        : depth === 1 ? String(i + 1)
          : depth === 2 ? `${parentCode}.${i + 1}`
            : String.fromCharCode(97 + (i % 26));
    return node.children ? { ...node, code, children: numberCriteria(node.children, depth + 1, code) } : { ...node, code };
  });
}

/** The tree with its printed codes: those stored when every node has one, otherwise computed. */
export function withCodes(nodes: readonly CriterionNode[]): CriterionNode[] {
  return treeRows(nodes).every((row) => row.node.code) ? [...nodes] : numberCriteria(nodes);
}

/** A fresh id not used in the tree: `makeId` is retried on the (unlikely) clash. */
export function uniqueId(nodes: readonly CriterionNode[], makeId: () => string): string {
  const used = new Set(treeRows(nodes).map((row) => row.node.id));
  let id = makeId();
  while (used.has(id)) id = makeId();
  return id;
}

/**
 * The reference of every node of a numbered tree, unique across the set ("I", "I.2", "I.2.1",
 * "I.2.1a"), since item codes restart under each group.
 */
export function criterionRefs(numbered: readonly CriterionNode[]): Map<string, string> {
  const refs = new Map<string, string>();
  const walk = (nodes: readonly CriterionNode[], top: string, parentRef: string, depth: number) => {
    for (const node of nodes) {
      const code = node.code ?? '';
      const ref = depth === 0 ? code : depth === 1 ? `${parentRef}.${code}` : depth === 2 ? `${top}.${code}` : `${parentRef}${code}`;
      refs.set(node.id, ref);
      walk(node.children ?? [], depth === 0 ? code : top, ref, depth + 1);
    }
  };
  walk(numbered, '', '', 0);
  return refs;
}
