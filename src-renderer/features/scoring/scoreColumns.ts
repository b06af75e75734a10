/**
 * How a criteria set becomes the grid's columns: every scorable leaf (items, bonus and deduction
 * items) in table order, each with a self-score and a council-score column side by side.
 */
import { flattenCriteria, isLeaf } from '../../domain/scoring';
import type { CriteriaSetDefinition, CriterionNode } from '../../domain/scoring';
import { criterionRefs, withCodes } from '../criteria/treeLogic';

export type ScoreSide = 'selfScore' | 'councilScore';

export const SIDE_LABELS: Record<ScoreSide, string> = { selfScore: 'Tự chấm', councilScore: 'Hội đồng chấm' };
export const SIDE_SHORT: Record<ScoreSide, string> = { selfScore: 'TC', councilScore: 'HĐ' };

export interface LeafColumn {
  node: CriterionNode;
  /** Reference printed above the column and read by screen readers: "I.2", "II.1.1", "III". */
  ref: string;
  /** The top-level group the leaf belongs to (itself when it is a top-level leaf). */
  group: CriterionNode;
}

/** Scorable leaves in table order, numbered as printed. */
export function leafColumns(definition: CriteriaSetDefinition): LeafColumn[] {
  const numbered = withCodes(definition.nodes);
  const refs = criterionRefs(numbered);
  return numbered.flatMap((top) =>
    flattenCriteria([top])
      .filter((node) => isLeaf(node) && node.kind !== 'section')
      .map((node) => ({ node, ref: refs.get(node.id) ?? '', group: top })),
  );
}

/** Grid column `col` ↔ (leaf, side): two columns per leaf, self-score first. */
export function columnAt(columns: readonly LeafColumn[], col: number): { leaf: LeafColumn; side: ScoreSide } {
  return { leaf: columns[Math.floor(col / 2)], side: col % 2 === 0 ? 'selfScore' : 'councilScore' };
}

/** Consecutive columns under the same top-level group, for the first header row. */
export function groupSpans(columns: readonly LeafColumn[]): { group: CriterionNode; leaves: number }[] {
  const spans: { group: CriterionNode; leaves: number }[] = [];
  for (const column of columns) {
    const last = spans.at(-1);
    if (last && last.group.id === column.group.id) last.leaves++;
    else spans.push({ group: column.group, leaves: 1 });
  }
  return spans;
}
