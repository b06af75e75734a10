/**
 * Totals of one score sheet (phiếu chấm điểm): final total = council score + bonus − deductions; the
 * self-score is computed the same way but kept for reference only (DOMAIN.md §7). Exact in hundredths.
 */
import type { CriteriaSetDefinition, CriterionNode } from './criteria';
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

/** Where a kind's sums sit in a group's accumulator: council capped, council as entered, self capped. */
const KIND_SLOT = { item: 0, bonus: 1, deduction: 2 } as const;
const COUNCIL = 0;
const COUNCIL_RAW = 3;
const SELF = 6;
/** Sections that have no children are leaves scored toward nothing: checked, never summed. */
const UNSUMMED = -1;

interface CompiledLeaf {
  node: CriterionNode;
  /** The first leaf with this id: an id met twice reads the same entry at each place, as the table shows it. */
  first: number;
  slot: number;
  /** The leaf's maximum in hundredths; null = no maximum. */
  max: number | null;
}

interface CompiledGroup {
  node: CriterionNode;
  /** The group's cap in hundredths; null = no cap. */
  cap: number | null;
  /** Leaf indexes (numbers) and inner groups, in the order of the table. */
  children: CompiledNode[];
}

type CompiledNode = number | CompiledGroup;

/**
 * A criteria table compiled once for scoring many sheets (a ranking totals every sheet of a block):
 * the leaves in table order with their maxima already in hundredths, the groups with their caps.
 */
interface CompiledCriteria {
  leaves: CompiledLeaf[];
  leafIndex: Map<string, number>;
  /** No id is met twice among the leaves: entries stored in table order can be matched by position. */
  distinctIds: boolean;
  roots: CompiledNode[];
  depth: number;
}

function compileCriteria(def: CriteriaSetDefinition): CompiledCriteria {
  const leaves: CompiledLeaf[] = [];
  const leafIndex = new Map<string, number>();
  let depth = 0;
  const compile = (nodes: readonly CriterionNode[], level: number): CompiledNode[] => {
    depth = Math.max(depth, level);
    return nodes.map((node): CompiledNode => {
      if (!isLeaf(node)) {
        const children = compile(node.children ?? [], level + 1);
        return { node, cap: node.maxPoints === null ? null : toHundredths(node.maxPoints), children };
      }
      const index = leaves.length;
      if (!leafIndex.has(node.id)) leafIndex.set(node.id, index);
      leaves.push({
        node,
        first: leafIndex.get(node.id)!,
        slot: node.kind === 'section' ? UNSUMMED : KIND_SLOT[node.kind],
        max: node.maxPoints === null ? null : toHundredths(node.maxPoints),
      });
      return index;
    });
  };
  const roots = compile(def.nodes, 0);
  return { leaves, leafIndex, distinctIds: leafIndex.size === leaves.length, roots, depth };
}

/** The score in hundredths when it is valid for the leaf; null sends it to `validateScore` for its message. */
function validHundredths(value: number, max: number | null): number | null {
  const scaled = toHundredths(value);
  return scaled === null || scaled < 0 || (max !== null && scaled > max) ? null : scaled;
}

/** The sheet being totalled: its problems, its missing items, what the caps cut, its groups' totals. */
interface SheetFindings {
  councilErrors: ScoreError[];
  selfErrors: ScoreError[];
  missing: string[];
  cuts: Record<CappedKind, CapLimit[]>;
  groupTotals: Record<string, GroupTotal>;
}

type Scorer = (entries: readonly ScoreEntry[]) => SheetTotals;

/** Scorers by criteria table: the screens and the ranking ask for the same set's again and again. */
const scorers = new WeakMap<CriteriaSetDefinition, Scorer>();

/**
 * The totals of sheets on one criteria set (what `computeSheetTotals` gives), with the table compiled
 * once: ranking a block of 200 units × 60 criteria walks the table 200 times otherwise. A set's
 * definition is never changed in place (a revision is a new object), so its scorer is kept with it.
 */
export function sheetScorer(def: CriteriaSetDefinition): Scorer {
  let scorer = scorers.get(def);
  if (!scorer) {
    scorer = compileScorer(def);
    scorers.set(def, scorer);
  }
  return scorer;
}

function compileScorer(def: CriteriaSetDefinition): Scorer {
  const { leaves, leafIndex, distinctIds, roots, depth } = compileCriteria(def);
  const bonusCap = def.bonusCap === null ? null : toHundredths(def.bonusCap);
  const deductionCap = def.deductionCap === null ? null : toHundredths(def.deductionCap);
  // Buffers reused from sheet to sheet (a sheet is totalled in one synchronous call): one accumulator
  // per level of the table, each leaf's entry, and the leaves' scores in hundredths.
  const scratch = Array.from({ length: depth + 2 }, () => new Float64Array(9));
  const entryAt: (ScoreEntry | undefined)[] = new Array(leaves.length);
  const council = new Float64Array(leaves.length);
  const self = new Float64Array(leaves.length);

  /** Each leaf's entry (the last one for its id, as a lookup by id would find). */
  const placeEntries = (entries: readonly ScoreEntry[]) => {
    // Sheets are written in table order (entriesInTableOrder): matched in one walk, no lookup by id.
    let next = 0;
    for (let i = 0; i < leaves.length; i += 1) {
      const entry = entries[next];
      entryAt[i] = entry !== undefined && entry.criterionId === leaves[i].node.id ? entries[next++] : undefined;
    }
    if (distinctIds && next === entries.length) return;
    entryAt.fill(undefined);
    for (const entry of entries) {
      const index = leafIndex.get(entry.criterionId);
      if (index !== undefined) entryAt[index] = entry;
    }
  };

  const leafValue = (index: number, value: number | null | undefined, found: SheetFindings, which: ScoreError['which']): number => {
    const { node, max } = leaves[index];
    if (value === null || value === undefined) {
      if (which === 'council' && node.kind === 'item') found.missing.push(node.id);
      return 0;
    }
    const hundredths = validHundredths(value, max);
    if (hundredths !== null) return hundredths;
    // The domain's own check says why not.
    const check = validateScore(value, node);
    if (check.ok) return check.hundredths;
    (which === 'council' ? found.councilErrors : found.selfErrors).push({ criterionId: node.id, which, message: check.message });
    return 0;
  };

  /** Each group capped at its own maximum on both sides; the council's sums also uncapped. */
  const sumInto = (nodes: readonly CompiledNode[], level: number, found: SheetFindings): Float64Array => {
    const sums = scratch[level].fill(0);
    for (const child of nodes) {
      if (typeof child === 'number') {
        const slot = leaves[child].slot;
        if (slot === UNSUMMED) continue;
        sums[COUNCIL + slot] += council[child];
        sums[COUNCIL_RAW + slot] += council[child];
        sums[SELF + slot] += self[child];
        continue;
      }
      const inner = sumInto(child.children, level + 1, found);
      const { cap, node } = child;
      for (let slot = 0; slot < 3; slot += 1) {
        sums[COUNCIL_RAW + slot] += inner[COUNCIL_RAW + slot];
        const councilSum = inner[COUNCIL + slot];
        if (cap === null) {
          sums[COUNCIL + slot] += councilSum;
          sums[SELF + slot] += inner[SELF + slot];
          continue;
        }
        sums[COUNCIL + slot] += Math.min(councilSum, cap);
        sums[SELF + slot] += Math.min(inner[SELF + slot], cap);
        // Council bonus/deduction caps that cut something, per kind, in table order.
        if (slot !== KIND_SLOT.item && councilSum > cap) {
          found.cuts[slot === KIND_SLOT.bonus ? 'bonus' : 'deduction'].push({ nodeId: node.id, label: node.label, max: fromHundredths(cap) });
        }
      }
      found.groupTotals[node.id] = { self: groupScore(inner, SELF, cap), council: groupScore(inner, COUNCIL, cap), max: node.maxPoints };
    }
    return sums;
  };

  return (entries) => {
    placeEntries(entries);
    const found: SheetFindings = { councilErrors: [], selfErrors: [], missing: [], cuts: { bonus: [], deduction: [] }, groupTotals: {} };
    for (let i = 0; i < leaves.length; i += 1) {
      const entry = entryAt[leaves[i].first];
      council[i] = leafValue(i, entry?.councilScore, found, 'council');
      self[i] = leafValue(i, entry?.selfScore, found, 'self');
    }
    const sums = sumInto(roots, 0, found);
    const { groupTotals, missing } = found;

    const finalOf = (side: number) => sums[side] + capped(sums[side + 1], bonusCap) - capped(sums[side + 2], deductionCap);
    const pointsOf = (kind: CappedKind, cap: number | null, setCap: number | null): CappedPoints => {
      const slot = KIND_SLOT[kind];
      const counted = capped(sums[COUNCIL + slot], cap);
      const limits = found.cuts[kind];
      if (counted < sums[COUNCIL + slot]) limits.push({ nodeId: null, label: null, max: setCap! });
      return { kind, entered: fromHundredths(sums[COUNCIL_RAW + slot]), counted: fromHundredths(counted), limits };
    };
    const bonusPoints = pointsOf('bonus', bonusCap, def.bonusCap);
    const deductionPoints = pointsOf('deduction', deductionCap, def.deductionCap);
    const core = def.coreSectionId === null ? undefined : groupTotals[def.coreSectionId];
    let coreGroupCouncilScore: number | null = null;
    if (core) coreGroupCouncilScore = core.council;
    else if (def.coreSectionId !== null) {
      // A leaf named as the core group: its own council score (the last entry for it, as entries are read).
      const entry = entries.findLast((e) => e.criterionId === def.coreSectionId);
      coreGroupCouncilScore = entry?.councilScore ?? null;
    }
    const errors = found.councilErrors.concat(found.selfErrors);
    return {
      councilBase: fromHundredths(sums[COUNCIL]),
      bonus: bonusPoints.counted,
      deductions: deductionPoints.counted,
      bonusPoints,
      deductionPoints,
      total: fromHundredths(finalOf(COUNCIL)),
      selfTotal: fromHundredths(finalOf(SELF)),
      groupTotals,
      coreGroupCouncilScore,
      missing,
      errors,
      complete: missing.length === 0 && errors.length === 0,
    };
  };
}

const capped = (value: number, cap: number | null) => (cap === null ? value : Math.min(value, cap));

/** A group's own score on one side: items + bonus − deductions of its subtree, within its cap. */
function groupScore(inner: Float64Array, side: number, cap: number | null): number {
  return fromHundredths(capped(inner[side] + inner[side + 1] - inner[side + 2], cap));
}

/**
 * A sheet's entries in the order of the table's leaves, those of no leaf last as they came: the order
 * the register keeps, so a sheet reads like the printed table and is scored without a lookup by id.
 */
export function entriesInTableOrder<T extends { criterionId: string }>(def: CriteriaSetDefinition, entries: readonly T[]): T[] {
  const { leafIndex } = compileCriteria(def);
  const placeOf = (entry: T) => leafIndex.get(entry.criterionId) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: entries of one place keep their order.
  return [...entries].sort((a, b) => placeOf(a) - placeOf(b));
}

/** Totals of one sheet, by the set's scorer (compiled once per criteria table, see `sheetScorer`). */
export function computeSheetTotals(def: CriteriaSetDefinition, entries: readonly ScoreEntry[]): SheetTotals {
  return sheetScorer(def)(entries);
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
