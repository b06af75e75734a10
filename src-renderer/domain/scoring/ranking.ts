/**
 * Ranking inside an emulation block (khối thi đua) and classification by bands (DOMAIN.md §7).
 * Equal totals share a rank (1, 2, 2, 4); the council's tie-break chain then orders the tied units
 * for proposals, and the result states which rule decided. Ranking is advisory: the legal criteria
 * of a title still apply.
 */
import type { ClassificationBand, TieBreakKey } from '../settings';
import { TIE_BREAK_LABELS } from '../settings';
import { toHundredths } from './criteria';
import { WOMEN_FIRST_BASIS } from '../eligibility/priority';

export interface RankInput {
  id: string;
  /** Display name used in the stated tie-break. */
  name: string;
  total: number;
  coreGroupCouncilScore?: number | null;
  deductions?: number | null;
  /** Woman, or a collective with ≥ 70 % women (NĐ 152/2025 Đ4). */
  womenPriority?: boolean;
  /** Place given by the council's vote among tied units (1 = first); recorded after the vote. */
  councilVotePlace?: number | null;
}

export interface RankedRow {
  id: string;
  total: number;
  /** Competition rank: equal totals share it. */
  rank: number;
  /** 1…n after the tie-break: the order for proposals. */
  position: number;
  tied: boolean;
  /** The tie-break key that placed this row after the one before it, if they were tied. */
  decidedBy: TieBreakKey | null;
  /** Tied, and no tie-break key separates it from the row before: the council must decide. */
  unresolved: boolean;
  note: string;
}

export interface BlockRanking {
  rows: RankedRow[];
  /** The tie-break rule as stated under the table. */
  tieBreakRule: string;
}

/** Hundredths so 88,25 and 88.25000000001 from a spreadsheet compare equal. */
const scoreKey = (n: number | null | undefined) => (n === null || n === undefined ? null : (toHundredths(n) ?? Math.round(n * 100)));

/** Negative when a comes first under this key, 0 when the key does not separate them. */
function compareBy(key: TieBreakKey, a: RankInput, b: RankInput): number {
  // A missing value ranks after any recorded one, which keeps the comparison transitive.
  const better = (x: number | null, y: number | null, higherFirst: boolean) => {
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return higherFirst ? y - x : x - y;
  };
  switch (key) {
    case 'coreGroupCouncilScore':
      return better(scoreKey(a.coreGroupCouncilScore), scoreKey(b.coreGroupCouncilScore), true);
    case 'fewerDeductions':
      return better(scoreKey(a.deductions ?? 0), scoreKey(b.deductions ?? 0), false);
    case 'womenFirst':
      return Number(Boolean(b.womenPriority)) - Number(Boolean(a.womenPriority));
    case 'councilVote':
      return better(a.councilVotePlace ?? null, b.councilVotePlace ?? null, false);
  }
}

/**
 * The chain actually applied: the council's keys, then — when the council left it out — the women-first
 * rule, which the law applies among equals whatever the council chose (NĐ 152/2025 Đ4.6).
 */
function appliedChain(order: readonly TieBreakKey[]): TieBreakKey[] {
  return order.includes('womenFirst') ? [...order] : [...order, 'womenFirst'];
}

const LAW_WOMEN_FIRST = `${TIE_BREAK_LABELS.womenFirst} (${WOMEN_FIRST_BASIS})`;

export function describeTieBreak(order: readonly TieBreakKey[]): string {
  if (order.length === 0) return `Khi bằng tổng điểm: đồng hạng; đề xuất xếp trước đơn vị có ${LAW_WOMEN_FIRST}, còn lại Hội đồng quyết định thứ tự.`;
  const stated = `Khi bằng tổng điểm, xếp trước đơn vị có ${order.map((k, i) => `(${i + 1}) ${TIE_BREAK_LABELS[k]}`).join('; ')}`;
  return order.includes('womenFirst') ? `${stated}.` : `${stated}; sau đó đề xuất xếp trước đơn vị có ${LAW_WOMEN_FIRST}.`;
}

export function rankBlock(inputs: readonly RankInput[], order: readonly TieBreakKey[]): BlockRanking {
  const keys = appliedChain(order);
  const chain = (a: RankInput, b: RankInput): { result: number; key: TieBreakKey | null } => {
    for (const key of keys) {
      const result = compareBy(key, a, b);
      if (result !== 0) return { result, key };
    }
    return { result: 0, key: null };
  };
  const totalOf = new Map(inputs.map((r) => [r.id, scoreKey(r.total) ?? 0]));
  // Stable sort: rows nothing separates keep their input order.
  const sorted = [...inputs].sort((a, b) => totalOf.get(b.id)! - totalOf.get(a.id)! || chain(a, b).result);
  // Equal totals sit together once sorted: a row shares the rank of the first of its run of equals
  // (one pass, not a count per row: a block may hold all 200 units of a ward).
  const firstOfTotal: number[] = [];
  const lastOfTotal: number[] = [];
  sorted.forEach((row, i) => {
    firstOfTotal[i] = i > 0 && totalOf.get(sorted[i - 1].id) === totalOf.get(row.id) ? firstOfTotal[i - 1] : i;
  });
  for (let i = sorted.length - 1; i >= 0; i -= 1) lastOfTotal[i] = i + 1 < sorted.length && firstOfTotal[i + 1] === firstOfTotal[i] ? lastOfTotal[i + 1] : i;
  const rows = sorted.map((row, i): RankedRow => {
    const total = totalOf.get(row.id)!;
    const rank = 1 + firstOfTotal[i];
    const tiedWith = sorted.slice(firstOfTotal[i], lastOfTotal[i] + 1).filter((o) => o !== row);
    const previous = i > firstOfTotal[i] ? sorted[i - 1] : null;
    const decided = previous ? chain(previous, row) : { result: 0, key: null };
    const unresolved = previous !== null && decided.key === null;
    let note = '';
    if (tiedWith.length > 0) {
      const names = tiedWith.map((o) => o.name).join(', ');
      note = `Đồng hạng ${rank} với ${names}`;
      if (previous && decided.key === 'womenFirst') {
        // The law breaks this tie: proposed, the council may still decide otherwise by its vote.
        note += `; đề xuất xếp sau ${previous.name}: ${previous.name} có ${TIE_BREAK_LABELS.womenFirst}, ưu tiên theo ${WOMEN_FIRST_BASIS}`;
      } else if (previous && decided.key) note += `; xếp sau ${previous.name} do ${previous.name} có ${TIE_BREAK_LABELS[decided.key]}`;
      if (unresolved) note += `; các tiêu chí phụ chưa phân định được với ${previous!.name}, Hội đồng quyết định`;
      note += '.';
    }
    return {
      id: row.id,
      total: total / 100,
      rank,
      position: i + 1,
      tied: tiedWith.length > 0,
      decidedBy: decided.key,
      unresolved,
      note,
    };
  });
  return { rows, tieBreakRule: describeTieBreak(order) };
}

/** The band a total falls in (total ≥ band minimum, highest band first); null below every band. */
export function classify(total: number, bands: readonly ClassificationBand[]): ClassificationBand | null {
  const t = scoreKey(total) ?? 0;
  const ordered = [...bands].sort((a, b) => b.minScore - a.minScore);
  return ordered.find((band) => t >= (scoreKey(band.minScore) ?? 0)) ?? null;
}
