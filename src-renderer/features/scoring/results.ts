/**
 * Results of a block (kết quả chấm điểm thi đua, DOMAIN.md §7): totals from the domain, shared ranks
 * for equal totals with the stated tie-break, the classification band, and the titles the ranking
 * suggests. Suggestions are advisory: the legal criteria of each title still apply (eligibility).
 */
import { classify, computeSheetTotals, maxPointsOf, rankBlock } from '../../domain/scoring';
import type { CriteriaSetDefinition, RankedRow, ScoreEntry, SheetTotals } from '../../domain/scoring';
import type { ClassificationBand, TieBreakKey } from '../../domain/settings';
import type { TitleCode, UnitKind } from '../../domain/vocabulary';

export interface ResultUnit {
  id: string;
  name: string;
  kind: UnitKind;
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
  /** The set's total of item maxima: bands are read on a 100-point scale, so other tables are scaled. */
  scaleMax: number;
}

/**
 * A total on the 100-point scale the ward's bands are written in (DOMAIN.md §7: tables of 90, 100 or
 * 1000 points exist); a 100-point table is read as is. Rounded to hundredths like every score.
 */
export function onHundredScale(total: number, scaleMax: number): number {
  if (scaleMax <= 0 || scaleMax === 100) return total;
  return Math.round((total * 100 * 100) / scaleMax) / 100;
}

/**
 * What the ranking proposes (DOMAIN.md §7 "Feeds"): the block leader a Giấy khen (Luật TĐKT 2022
 * Đ75); the top band TTLĐXS (Đ27) and the second TTLĐTT (Đ28) for collectives; a residential group
 * (tổ dân phố) in the top two bands the "Tổ dân phố văn hóa" title (Đ30, NĐ 86/2023). A tie the
 * tie-break could not settle proposes no leader until the council decides.
 */
export function suggestTitles(
  ranked: RankedRow,
  bandIndex: number | null,
  kind: UnitKind,
): TitleCode[] {
  const out: TitleCode[] = [];
  if (ranked.position === 1 && !ranked.unresolved && bandIndex === 0) out.push('GIAY_KHEN');
  if (kind === 'tdp') {
    if (bandIndex !== null && bandIndex <= 1) out.push('TDP_VAN_HOA');
  } else if (bandIndex === 0) out.push('TTLDXS');
  else if (bandIndex === 1) out.push('TTLDTT');
  return out;
}

/** Totals, ranks, bands and suggestions of one block's units on one criteria set. */
export function blockResults(
  definition: CriteriaSetDefinition,
  units: readonly ResultUnit[],
  entries: ReadonlyMap<string, readonly ScoreEntry[]>,
  settings: { classificationBands: readonly ClassificationBand[]; tieBreakOrder: readonly TieBreakKey[] },
): BlockResult {
  const bands = [...settings.classificationBands].sort((a, b) => b.minScore - a.minScore);
  const scaleMax = maxPointsOf(definition.nodes, 'item');
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
      })),
    settings.tieBreakOrder,
  );
  const rankedById = new Map(ranking.rows.map((r) => [r.id, r]));
  const rows = scored.map(({ unit, totals }): ResultRow => {
    const ranked = rankedById.get(unit.id) ?? null;
    const band = ranked ? classify(onHundredScale(totals.total, scaleMax), bands) : null;
    const bandIndex = band ? bands.indexOf(band) : null;
    return { unit, totals, ranked, band, suggestions: ranked ? suggestTitles(ranked, bandIndex, unit.kind) : [] };
  });
  // Ranked units in their proposal order first, then the units not scored yet.
  rows.sort((a, b) => (a.ranked?.position ?? Number.MAX_SAFE_INTEGER) - (b.ranked?.position ?? Number.MAX_SAFE_INTEGER));
  return { rows, tieBreakRule: ranking.tieBreakRule, scaleMax };
}
