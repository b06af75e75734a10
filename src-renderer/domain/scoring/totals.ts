/**
 * Totals of one score sheet (phiếu chấm điểm): final total = council score + bonus − deductions; the
 * self-score is computed the same way but kept for reference only (DOMAIN.md §7). Exact in hundredths.
 */
import type { CriteriaSetDefinition, CriterionKind, CriterionNode } from './criteria';
import { fromHundredths, isLeaf, toHundredths, validateScore } from './criteria';
import { formatNumber } from '../text';

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

/** A maximum that cut bonus or deduction points: the sheet's own cap, or a group's điểm chuẩn. */
export interface CapLimit {
  /** The group that capped; null for the set's cap on the whole sheet. */
  nodeId: string | null;
  label: string | null;
  max: number;
}

/**
 * Bonus or deduction points as the council entered them and as they count after the caps, so the
 * screens and the score table can say when a cap cut what was entered. `limits` lists the caps that
 * cut (empty when nothing was cut; then entered = counted).
 */
export interface CappedPoints {
  kind: 'bonus' | 'deduction';
  entered: number;
  counted: number;
  limits: CapLimit[];
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
  /** Council bonus and deduction points entered vs counted (the caps' effect). */
  bonusPoints: CappedPoints;
  deductionPoints: CappedPoints;
  /** Council score on the set's core group, for the tie-break; null when the set names none. */
  coreGroupCouncilScore: number | null;
  /** Leaf items with no council score yet (bonus and deduction items default to 0). */
  missing: string[];
  errors: ScoreError[];
  complete: boolean;
}

type CappedKind = CappedPoints['kind'];
type Sums = Record<CriterionKind, number>;

const zero = (): Sums => ({ section: 0, item: 0, bonus: 0, deduction: 0 });
const SUMMED_KINDS = ['item', 'bonus', 'deduction'] as const;

/** One subtree's sums per kind: council and self capped at each group's maximum, council also uncapped. */
interface TreeSums {
  council: Sums;
  councilRaw: Sums;
  self: Sums;
}

export function computeSheetTotals(def: CriteriaSetDefinition, entries: readonly ScoreEntry[]): SheetTotals {
  const byId = new Map(entries.map((e) => [e.criterionId, e]));
  const councilErrors: ScoreError[] = [];
  const selfErrors: ScoreError[] = [];
  const missing: string[] = [];
  const groupTotals: Record<string, GroupTotal> = {};

  const leafValue = (node: CriterionNode, value: number | null | undefined, errors: ScoreError[], which: ScoreError['which']): number => {
    if (value === null || value === undefined) {
      if (which === 'council' && node.kind === 'item') missing.push(node.id);
      return 0;
    }
    const check = validateScore(value, node);
    if (!check.ok) {
      errors.push({ criterionId: node.id, which, message: check.message });
      return 0;
    }
    return check.hundredths;
  };

  // Council bonus/deduction caps that cut something, per kind, in table order.
  const cuts: Record<CappedKind, CapLimit[]> = { bonus: [], deduction: [] };

  // Both sides in one walk of the tree (a ranking totals every sheet of a block): each group capped at
  // its own maximum; the council's sums also uncapped, for what was entered.
  const walk = (nodes: readonly CriterionNode[]): TreeSums => {
    const sums: TreeSums = { council: zero(), councilRaw: zero(), self: zero() };
    for (const node of nodes) {
      if (isLeaf(node)) {
        const entry = byId.get(node.id);
        const council = leafValue(node, entry?.councilScore, councilErrors, 'council');
        sums.council[node.kind] += council;
        sums.councilRaw[node.kind] += council;
        sums.self[node.kind] += leafValue(node, entry?.selfScore, selfErrors, 'self');
        continue;
      }
      const inner = walk(node.children ?? []);
      const cap = node.maxPoints === null ? null : toHundredths(node.maxPoints);
      const capAt = (value: number) => (cap === null ? value : Math.min(value, cap));
      for (const kind of SUMMED_KINDS) {
        sums.councilRaw[kind] += inner.councilRaw[kind];
        sums.council[kind] += capAt(inner.council[kind]);
        sums.self[kind] += capAt(inner.self[kind]);
        if (kind !== 'item' && cap !== null && inner.council[kind] > cap) {
          cuts[kind].push({ nodeId: node.id, label: node.label, max: fromHundredths(cap) });
        }
      }
      const own = (side: Sums) => fromHundredths(capAt(side.item + side.bonus - side.deduction));
      groupTotals[node.id] = { self: own(inner.self), council: own(inner.council), max: node.maxPoints };
    }
    return sums;
  };

  const capped = (value: number, cap: number | null) => (cap === null ? value : Math.min(value, toHundredths(cap) ?? value));
  const finalOf = (sums: Sums) =>
    sums.item + capped(sums.bonus, def.bonusCap) - capped(sums.deduction, def.deductionCap);

  const { council, councilRaw, self } = walk(def.nodes);
  const errors = [...councilErrors, ...selfErrors];
  const pointsOf = (kind: CappedKind, cap: number | null): CappedPoints => {
    const counted = capped(council[kind], cap);
    const limits = [...cuts[kind]];
    if (counted < council[kind]) limits.push({ nodeId: null, label: null, max: cap! });
    return { kind, entered: fromHundredths(councilRaw[kind]), counted: fromHundredths(counted), limits };
  };
  const bonusPoints = pointsOf('bonus', def.bonusCap);
  const deductionPoints = pointsOf('deduction', def.deductionCap);
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
    bonus: bonusPoints.counted,
    deductions: deductionPoints.counted,
    bonusPoints,
    deductionPoints,
    total: fromHundredths(finalOf(council)),
    selfTotal: fromHundredths(finalOf(self)),
    groupTotals,
    coreGroupCouncilScore,
    missing,
    errors,
    complete: missing.length === 0 && errors.length === 0,
  };
}

const CAPPED_LABELS: Record<CappedKind, string> = { bonus: 'cộng điểm', deduction: 'trừ điểm' };

/**
 * What a cap did to the entered points, said next to the unit: "cộng điểm: nhập 7, tính 5 (tối đa 5)";
 * a group's own maximum is named ("“Thành tích khác” tối đa 3"). Null when no cap cut anything.
 */
export function describeCap(points: CappedPoints): string | null {
  if (points.limits.length === 0) return null;
  const limits = points.limits
    .map((l) => (l.nodeId === null ? `tối đa ${formatNumber(l.max)}` : `“${l.label}” tối đa ${formatNumber(l.max)}`))
    .join('; ');
  return `${CAPPED_LABELS[points.kind]}: nhập ${formatNumber(points.entered)}, tính ${formatNumber(points.counted)} (${limits})`;
}

/**
 * One sentence per cap that cut a sheet's council bonus or deductions, for a table's notes column:
 * "Cộng điểm: nhập 7, tính 5 (tối đa 5)." None when nothing was cut.
 */
export function capNotes(totals: Pick<SheetTotals, 'bonusPoints' | 'deductionPoints'>): string[] {
  return [describeCap(totals.bonusPoints), describeCap(totals.deductionPoints)]
    .filter((n): n is string => n !== null)
    .map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}.`);
}
