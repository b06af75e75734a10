import { describe, expect, it } from 'vitest';
import type { CriterionNode } from '../../../../src-renderer/domain/scoring';
import {
  addNode, childKind, criterionRefs, findNode, moveNode, numberCriteria, removeNode, toRoman, treeRows, uniqueId, updateNode, withCodes,
} from '../../../../src-renderer/features/criteria/treeLogic';

const leaf = (id: string, kind: CriterionNode['kind'] = 'item', maxPoints = 10): CriterionNode => ({ id, label: id, kind, maxPoints });
const tree: CriterionNode[] = [
  { id: 's1', label: 'Nhóm 1', kind: 'section', maxPoints: 40, children: [leaf('a'), leaf('b'), { ...leaf('c'), children: [leaf('c1'), leaf('c2')] }] },
  { id: 's2', label: 'Nhóm 2', kind: 'section', maxPoints: null, children: [leaf('d')] },
  leaf('bonus', 'bonus', 5),
];
const ids = (nodes: CriterionNode[]) => treeRows(nodes).map((r) => r.node.id);

describe('criteria tree editing', () => {
  it('lists rows depth first with depth, parent and sibling position', () => {
    const rows = treeRows(tree);
    expect(rows.map((r) => r.node.id)).toEqual(['s1', 'a', 'b', 'c', 'c1', 'c2', 's2', 'd', 'bonus']);
    expect(rows[4]).toMatchObject({ depth: 2, parentId: 'c', index: 0, siblings: 2 });
    expect(rows[8]).toMatchObject({ depth: 0, parentId: null, index: 2, siblings: 3 });
  });

  it('adds a child under a nested node and at the top level, leaving the input untouched', () => {
    const withSub = addNode(tree, 'c', leaf('c3'));
    expect(findNode(withSub, 'c')!.children!.map((n) => n.id)).toEqual(['c1', 'c2', 'c3']);
    expect(ids(addNode(tree, null, leaf('x'))).at(-1)).toBe('x');
    expect(findNode(tree, 'c3')).toBeUndefined();
    expect(addNode(tree, 'nope', leaf('y'))).toEqual(tree);
  });

  it('updates one node anywhere in the tree', () => {
    const next = updateNode(tree, 'c2', { label: 'Tiêu chí con', maxPoints: 2.5 });
    expect(findNode(next, 'c2')).toMatchObject({ label: 'Tiêu chí con', maxPoints: 2.5 });
    expect(findNode(next, 'c1')).toBe(findNode(tree, 'c1'));
  });

  it('removes a node with its sub-tree', () => {
    expect(ids(removeNode(tree, 'c'))).toEqual(['s1', 'a', 'b', 's2', 'd', 'bonus']);
    expect(ids(removeNode(tree, 's2'))).toEqual(['s1', 'a', 'b', 'c', 'c1', 'c2', 'bonus']);
  });

  it('moves a node among its siblings only, and not past the ends', () => {
    expect(findNode(moveNode(tree, 'b', -1), 's1')!.children!.map((n) => n.id)).toEqual(['b', 'a', 'c']);
    expect(findNode(moveNode(tree, 'c1', 1), 'c')!.children!.map((n) => n.id)).toEqual(['c2', 'c1']);
    expect(ids(moveNode(tree, 's1', 1)).slice(0, 3)).toEqual(['s2', 'd', 's1']);
    expect(moveNode(tree, 'a', -1)).toEqual(tree);
    expect(moveNode(tree, 'bonus', 1)).toEqual(tree);
  });

  it('numbers groups I, II; items 1, 2; sub-items 1.1; deeper a, b', () => {
    const deep = addNode(tree, 'c1', leaf('c1x'));
    const numbered = numberCriteria(deep);
    expect(treeRows(numbered).map((r) => r.node.code)).toEqual(['I', '1', '2', '3', '3.1', 'a', '3.2', 'II', '1', 'III']);
  });

  it('sub-items of bonus or deduction items keep their kind; under a group they are items', () => {
    expect(childKind(leaf('x', 'bonus'))).toBe('bonus');
    expect(childKind(leaf('x', 'deduction'))).toBe('deduction');
    expect(childKind(tree[0])).toBe('item');
  });

  it('roman numerals', () => {
    expect([1, 4, 9, 14, 40, 1994].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIV']);
  });

  it('a new id never clashes with an existing one', () => {
    const candidates = ['a', 'c1', 'fresh'];
    expect(uniqueId(tree, () => candidates.shift()!)).toBe('fresh');
  });

  it('references are unique across the set although codes restart under each group', () => {
    const refs = criterionRefs(numberCriteria(addNode(tree, 'c1', leaf('c1x'))));
    expect(['s1', 'a', 'c', 'c1', 'c1x', 's2', 'd', 'bonus'].map((id) => refs.get(id))).toEqual([
      'I', 'I.1', 'I.3', 'I.3.1', 'I.3.1a', 'II', 'II.1', 'III',
    ]);
  });

  it('keeps printed codes a set already has, and numbers a set that lacks some', () => {
    const coded = numberCriteria(tree).map((n) => (n.id === 'bonus' ? { ...n, code: 'A' } : n));
    expect(withCodes(coded).at(-1)!.code).toBe('A');
    expect(withCodes(tree).at(-1)!.code).toBe('III');
  });
});
