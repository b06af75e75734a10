/**
 * Criteria sets (bộ tiêu chí chấm điểm thi đua), DOMAIN.md §7: a tree of sections → items → sub-items
 * with maxima (điểm chuẩn), plus bonus (điểm thưởng) and deduction (điểm trừ) items with caps. No law
 * fixes these tables; the province and the ward issue them yearly, so everything here is data.
 *
 * Scores carry at most two decimals (88,25). They are handled internally as integer hundredths, so
 * sums and comparisons are exact; results are returned as numbers rounded to two decimals.
 */
import type { ClassificationBand } from '../settings';
import { classificationBandsProblem } from '../settings';
import { formatNumber } from '../text';

export type CriterionKind = 'section' | 'item' | 'bonus' | 'deduction';

export interface CriterionNode {
  id: string;
  /** Numbering printed in the table ("I", "1.2", "a"). */
  code?: string;
  label: string;
  /**
   * 'section' groups others; 'item' is scored toward the base total; 'bonus' and 'deduction' are
   * scored separately. A node with children is a group whose score is the sum of its children.
   */
  kind: CriterionKind;
  /** Leaves: the maximum for the item. Groups: a cap on the children's sum (null = no cap). */
  maxPoints: number | null;
  children?: CriterionNode[];
  guidance?: string;
}

export interface CriteriaSetDefinition {
  name: string;
  year: number;
  nodes: CriterionNode[];
  /** Cap on the sheet's total bonus; null = only the items' own maxima. */
  bonusCap: number | null;
  /** Cap on the sheet's total deductions; null = only the items' own maxima. */
  deductionCap: number | null;
  /** The core group of criteria whose council score breaks ties (tie-break 'coreGroupCouncilScore'). */
  coreSectionId: string | null;
  /**
   * The set's own classification bands, highest first, on the set's own points (a 90-point table:
   * 81 xuất sắc, 71 tiên tiến…, DOMAIN.md §7); absent: the ward's bands on a 100-point scale.
   */
  classificationBands?: ClassificationBand[];
}

export interface CriteriaIssue {
  nodeId: string | null;
  severity: 'error' | 'warning';
  message: string;
}

/** Integer hundredths of a score; null when the value has more than two decimals or is not finite. */
export function toHundredths(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scaled = Math.round(value * 100);
  return Math.abs(value * 100 - scaled) < 1e-6 * Math.max(1, Math.abs(scaled)) ? scaled : null;
}

export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

export function isLeaf(node: CriterionNode): boolean {
  return !node.children || node.children.length === 0;
}

/** Every node, depth first, in the order of the table. */
export function flattenCriteria(nodes: readonly CriterionNode[]): CriterionNode[] {
  return nodes.flatMap((n) => [n, ...flattenCriteria(n.children ?? [])]);
}

/** Sum of the leaf maxima of one kind under a node list, each group capped by its own maximum. */
export function maxPointsOf(nodes: readonly CriterionNode[], kind: CriterionKind): number {
  let sum = 0;
  for (const node of nodes) {
    const max = node.maxPoints === null ? null : (toHundredths(node.maxPoints) ?? 0);
    if (isLeaf(node)) {
      if (node.kind === kind) sum += max ?? 0;
      continue;
    }
    const inner = Math.round(maxPointsOf(node.children ?? [], kind) * 100);
    sum += max === null ? inner : Math.min(inner, max);
  }
  return fromHundredths(sum);
}

/** Structural problems of a criteria set, shown while editing it. */
export function validateCriteriaSet(def: CriteriaSetDefinition): CriteriaIssue[] {
  const issues: CriteriaIssue[] = [];
  const seen = new Set<string>();
  for (const node of flattenCriteria(def.nodes)) {
    const name = `“${node.label || node.id}”`;
    if (seen.has(node.id)) issues.push({ nodeId: node.id, severity: 'error', message: `Mã tiêu chí ${node.id} bị trùng.` });
    seen.add(node.id);
    if (!node.label.trim()) issues.push({ nodeId: node.id, severity: 'error', message: `Tiêu chí ${node.id} chưa có tên.` });
    if (node.maxPoints !== null && (toHundredths(node.maxPoints) === null || node.maxPoints < 0)) {
      issues.push({ nodeId: node.id, severity: 'error', message: `Điểm chuẩn của ${name} phải là số không âm, tối đa 2 chữ số thập phân.` });
      continue;
    }
    if (isLeaf(node)) {
      if (node.kind === 'section') issues.push({ nodeId: node.id, severity: 'error', message: `Nhóm ${name} chưa có tiêu chí con.` });
      else if (node.maxPoints === null || node.maxPoints <= 0) {
        issues.push({ nodeId: node.id, severity: 'error', message: `Tiêu chí ${name} cần điểm chuẩn lớn hơn 0.` });
      }
      continue;
    }
    const childrenMax = maxPointsOf(node.children ?? [], 'item');
    if (node.maxPoints !== null && childrenMax > 0 && childrenMax !== node.maxPoints) {
      issues.push({
        nodeId: node.id,
        severity: 'warning',
        message: `Tổng điểm chuẩn các tiêu chí con của ${name} là ${formatNumber(childrenMax)}, khác điểm chuẩn của nhóm (${formatNumber(node.maxPoints)}); điểm nhóm sẽ không vượt quá ${formatNumber(node.maxPoints)}.`,
      });
    }
  }
  if (def.coreSectionId !== null && !seen.has(def.coreSectionId)) {
    issues.push({ nodeId: def.coreSectionId, severity: 'error', message: 'Nhóm tiêu chí chính dùng để xét khi bằng điểm không có trong bộ tiêu chí.' });
  }
  for (const [cap, label] of [[def.bonusCap, 'điểm thưởng'], [def.deductionCap, 'điểm trừ']] as const) {
    if (cap !== null && (toHundredths(cap) === null || cap < 0)) {
      issues.push({ nodeId: null, severity: 'error', message: `Mức tối đa ${label} phải là số không âm, tối đa 2 chữ số thập phân.` });
    }
  }
  if (def.classificationBands) {
    const problem = classificationBandsProblem(def.classificationBands);
    if (problem) issues.push({ nodeId: null, severity: 'error', message: problem });
  }
  return issues;
}

export type ScoreCheck = { ok: true; hundredths: number } | { ok: false; message: string };

/**
 * A score typed for one leaf: a number from 0 to the item's maximum with at most two decimals.
 * Deductions are typed as positive points taken off.
 */
export function validateScore(value: number, node: CriterionNode): ScoreCheck {
  // The name only for a message: a ranking validates every score of every sheet, nearly all valid.
  const name = () => `“${node.label}”`;
  if (!isLeaf(node)) return { ok: false, message: `${name()} là nhóm tiêu chí; điểm được tính từ các tiêu chí con.` };
  const hundredths = toHundredths(value);
  if (hundredths === null) return { ok: false, message: `Điểm của ${name()} phải là số có tối đa 2 chữ số thập phân.` };
  if (hundredths < 0) {
    return { ok: false, message: `Điểm của ${name()} không được âm${node.kind === 'deduction' ? ' (nhập số điểm bị trừ là số dương)' : ''}.` };
  }
  const max = node.maxPoints === null ? null : toHundredths(node.maxPoints);
  if (max !== null && hundredths > max) {
    return {
      ok: false,
      message: `Điểm của ${name()} (${formatNumber(value)}) vượt quá điểm chuẩn ${formatNumber(fromHundredths(max))}.`,
    };
  }
  return { ok: true, hundredths };
}
