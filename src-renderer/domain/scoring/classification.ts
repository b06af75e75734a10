/**
 * What a block's ranking feeds (DOMAIN.md §7 "Classification", "Feeds"): the band each total falls in
 * and the titles the rank and band suggest. Suggestions are advisory: the legal criteria of each
 * title still apply (eligibility).
 */
import type { ClassificationBand } from '../settings';
import type { TitleCode, UnitKind } from '../vocabulary';
import { maxPointsOf } from './criteria';
import type { CriteriaSetDefinition } from './criteria';
import { classify } from './ranking';
import type { RankedRow } from './ranking';

/**
 * A total on the 100-point scale the ward's bands are written in (DOMAIN.md §7: tables of 90, 100 or
 * 1000 points exist); a 100-point table is read as is. Rounded to hundredths like every score.
 */
export function onHundredScale(total: number, scaleMax: number): number {
  if (scaleMax <= 0 || scaleMax === 100) return total;
  return Math.round((total * 100 * 100) / scaleMax) / 100;
}

/** The bands a set's totals are read against. */
export interface SetBands {
  /** Highest minimum first. */
  bands: ClassificationBand[];
  /** True when the set has its own bands, written on its own points; else the ward's, on 100 points. */
  own: boolean;
  /** The set's total of item maxima. */
  scaleMax: number;
}

export function setBands(definition: CriteriaSetDefinition, wardBands: readonly ClassificationBand[]): SetBands {
  const own = Boolean(definition.classificationBands?.length);
  const bands = [...(own ? definition.classificationBands! : wardBands)].sort((a, b) => b.minScore - a.minScore);
  return { bands, own, scaleMax: maxPointsOf(definition.nodes, 'item') };
}

/** The band of a final total and its place among the bands (0 = highest); null below every band. */
export function classifyTotal(total: number, bands: SetBands): { band: ClassificationBand; index: number } | null {
  const band = classify(bands.own ? total : onHundredScale(total, bands.scaleMax), bands.bands);
  return band ? { band, index: bands.bands.indexOf(band) } : null;
}

/**
 * What the ranking proposes (DOMAIN.md §7 "Feeds"): the block leader a Giấy khen (Luật TĐKT 2022
 * Đ75); the top band TTLĐXS (Đ27) and the second TTLĐTT (Đ28) for collectives; a residential group
 * (tổ dân phố) in the top two bands the "Tổ dân phố văn hóa" title (Đ30, NĐ 86/2023). A tie the
 * tie-break could not settle proposes no leader until the council decides.
 */
export function suggestTitles(ranked: RankedRow, bandIndex: number | null, kind: UnitKind): TitleCode[] {
  const out: TitleCode[] = [];
  if (ranked.position === 1 && !ranked.unresolved && bandIndex === 0) out.push('GIAY_KHEN');
  if (kind === 'tdp') {
    if (bandIndex !== null && bandIndex <= 1) out.push('TDP_VAN_HOA');
  } else if (bandIndex === 0) out.push('TTLDXS');
  else if (bandIndex === 1) out.push('TTLDTT');
  return out;
}
