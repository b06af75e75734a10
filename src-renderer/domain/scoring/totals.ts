/**
 * Totals of one score sheet (phiếu chấm điểm): final total = council score + bonus − deductions; the
 * self-score is computed the same way but kept for reference only (DOMAIN.md §7). Exact in hundredths.
 */
import type { CriteriaSetDefinition, CriterionKind, CriterionNode } from './criteria';
import { fromHundredths, isLeaf, toHundredths, validateScore } from './criteria';

export interface ScoreEntry {
  criterionId: string;
  selfScore: number | null;
  councilScore: number | null;
  evidence?: string;
}

export interface ScoreError {
  criterionId: string;
  which: 'self' | 'council';
  message: string;
}

export interface GroupTotal {
  self: number;
  council: number;
  max: number | null;
}

export interface SheetTotals {
  /** Items only, as scored by the council. */
  councilBase: number;
  bonus: number;
  deductions: number;
  /** councilBase + bonus − deductions: the score that ranks and classifies. */
  total: number;
  /** The same computed from the self-scores, for reference. */
  selfTotal: number;
  /** Per group node id (sections and items with sub-items). */
  groupTotals: Record<string, GroupTotal>;
  /** Council score on the set's core group, for the tie-break; null when the set names none. */
  coreGroupCouncilScore: number | null;
  /** Leaf items with no council score yet (bonus and deduction items default to 0). */
  missing: string[];
  errors: ScoreError[];
  complete: boolean;
}

type Side = 'self' | 'council';
type Sums = Record<CriterionKind, number>;

const zero = (): Sums => ({ section: 0, item: 0, bonus: 0, deduction: 0 });

export function computeSheetTotals(def: CriteriaSetDefinition, entries: readonly ScoreEntry[]): SheetTotals {
  const byId = new Map(entries.map((e) => [e.criterionId, e]));
  const errors: ScoreError[] = [];
  const missing: string[] = [];
  const groupTotals: Record<string, GroupTotal> = {};

  const leafValue = (node: CriterionNode, side: Side): number => {
    const entry = byId.get(node.id);
    const value = side === 'self' ? entry?.selfScore : entry?.councilScore;
    if (value === null || value === undefined) {
      if (side === 'council' && node.kind === 'item') missing.push(node.id);
      return 0;
    }
    const check = validateScore(value, node);
    if (!check.ok) {
      errors.push({ criterionId: node.id, which: side, message: check.message });
      return 0;
    }
    return check.hundredths;
  };

  // Sums per kind of the leaves under `nodes`, each group capped at its own maximum.
  const walk = (nodes: readonly CriterionNode[], side: Side): Sums => {
    const sums = zero();
    for (const node of nodes) {
      if (isLeaf(node)) {
        sums[node.kind] += leafValue(node, side);
        continue;
      }
      const inner = walk(node.children ?? [], side);
      const cap = node.maxPoints === null ? null : toHundredths(node.maxPoints);
      for (const kind of ['item', 'bonus', 'deduction'] as const) {
        sums[kind] += cap === null ? inner[kind] : Math.min(inner[kind], cap);
      }
      const total = groupTotals[node.id] ?? { self: 0, council: 0, max: node.maxPoints };
      const own = inner.item + inner.bonus - inner.deduction;
      total[side] = fromHundredths(cap === null ? own : Math.min(own, cap));
      groupTotals[node.id] = total;
    }
    return sums;
  };

  const capped = (value: number, cap: number | null) => (cap === null ? value : Math.min(value, toHundredths(cap) ?? value));
  const finalOf = (sums: Sums) =>
    sums.item + capped(sums.bonus, def.bonusCap) - capped(sums.deduction, def.deductionCap);

  const council = walk(def.nodes, 'council');
  const self = walk(def.nodes, 'self');
  const core = def.coreSectionId === null ? undefined : groupTotals[def.coreSectionId];
  let coreGroupCouncilScore: number | null = null;
  if (core) coreGroupCouncilScore = core.council;
  else if (def.coreSectionId !== null) {
    // A leaf named as the core group: its own council score.
    const entry = byId.get(def.coreSectionId);
    coreGroupCouncilScore = entry?.councilScore ?? null;
  }

  return {
    councilBase: fromHundredths(council.item),
    bonus: fromHundredths(capped(council.bonus, def.bonusCap)),
    deductions: fromHundredths(capped(council.deduction, def.deductionCap)),
    total: fromHundredths(finalOf(council)),
    selfTotal: fromHundredths(finalOf(self)),
    groupTotals,
    coreGroupCouncilScore,
    missing,
    errors,
    complete: missing.length === 0 && errors.length === 0,
  };
}
