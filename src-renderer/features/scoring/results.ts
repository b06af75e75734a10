/**
 * Results of a block (kết quả chấm điểm thi đua, DOMAIN.md §7) as the results screen lists them:
 * totals, shared ranks with the stated tie-break, band and suggested titles (all from the domain), with
 * the units the council has not scored yet listed last, unranked.
 */
import { classifyTotal, computeSheetTotals, rankBlock, setBands, suggestTitles } from '../../domain/scoring';
import type { CriteriaSetDefinition, RankedRow, ScoreEntry, SetBands, SheetTotals } from '../../domain/scoring';
import type { ClassificationBand, TieBreakKey } from '../../domain/settings';
import { collectiveHasWomenPriority } from '../../domain/eligibility';
import type { TitleCode, UnitKind } from '../../domain/vocabulary';

export interface ResultUnit {
  id: string;
  name: string;
  kind: UnitKind;
  /** Members and women among them, from the unit register: the women-first tie-break (NĐ 152/2025 Đ4.6). */
  memberCount?: number | null;
  womenCount?: number | null;
}

export interface ResultRow {
  unit: ResultUnit;
  totals: SheetTotals;
  /** Null for a unit not scored by the council yet: it is listed but not ranked. */
  ranked: RankedRow | null;
  band: ClassificationBand | null;
  suggestions: TitleCode[];
}

export interface BlockResult {
  rows: ResultRow[];
  tieBreakRule: string;
  /** The bands applied: the set's own, or the ward's on a 100-point scale (other tables are scaled). */
  bands: SetBands;
}

/** Totals, ranks, bands and suggestions of one block's units on one criteria set. */
export function blockResults(
  definition: CriteriaSetDefinition,
  units: readonly ResultUnit[],
  entries: ReadonlyMap<string, readonly ScoreEntry[]>,
  settings: { classificationBands: readonly ClassificationBand[]; tieBreakOrder: readonly TieBreakKey[]; womenPriorityCollectiveSharePercent: number },
): BlockResult {
  const bands = setBands(definition, settings.classificationBands);
  const scored = units.map((unit) => {
    const list = entries.get(unit.id) ?? [];
    return { unit, totals: computeSheetTotals(definition, list), started: list.some((e) => e.councilScore !== null) };
  });
  const ranking = rankBlock(
    scored
      .filter((s) => s.started)
      .map((s) => ({
        id: s.unit.id,
        name: s.unit.name,
        total: s.totals.total,
        coreGroupCouncilScore: s.totals.coreGroupCouncilScore,
        deductions: s.totals.deductions,
        womenPriority: collectiveHasWomenPriority(s.unit.memberCount ?? null, s.unit.womenCount ?? null, settings),
      })),
    settings.tieBreakOrder,
  );
  const rankedById = new Map(ranking.rows.map((r) => [r.id, r]));
  const rows = scored.map(({ unit, totals }): ResultRow => {
    const ranked = rankedById.get(unit.id) ?? null;
    const band = ranked ? classifyTotal(totals.total, bands) : null;
    return { unit, totals, ranked, band: band?.band ?? null, suggestions: ranked ? suggestTitles(ranked, band?.index ?? null, unit.kind) : [] };
  });
  // Ranked units in their proposal order first, then the units not scored yet.
  rows.sort((a, b) => (a.ranked?.position ?? Number.MAX_SAFE_INTEGER) - (b.ranked?.position ?? Number.MAX_SAFE_INTEGER));
  return { rows, tieBreakRule: ranking.tieBreakRule, bands };
}
