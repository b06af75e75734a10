/**
 * The scoring rules edited beside the criteria: classification bands (mức xếp loại) and the tie-break
 * chain for equal totals, which the council chooses and states (DOMAIN.md §7). The ward's are settings
 * stored as overrides on the ward profile; a criteria set may carry its own bands.
 */
import { TIE_BREAK_LABELS, validateSettings } from '../../domain/settings';
import type { ClassificationBand, TieBreakKey, WardSettings } from '../../domain/settings';
import { formatNumber } from '../../domain/text';
import { parseScoreText } from '../scoring/gridLogic';

/** A band as typed: the minimum stays text until it reads as a number ("80", "72,5"). */
export interface BandRow {
  label: string;
  min: string;
}

export function bandRows(bands: readonly ClassificationBand[]): BandRow[] {
  return bands.map((b) => ({ label: b.label, min: formatNumber(b.minScore) }));
}

/** The rows' message when a minimum is not a number; null when every one reads. */
export function unreadableBand(rows: readonly BandRow[]): string | null {
  const i = rows.findIndex((b) => typeof parseScoreText(b.min) !== 'number');
  return i < 0 ? null : `Điểm tối thiểu của mức “${rows[i].label.trim() || i + 1}” phải là số.`;
}

/**
 * Rows as the domain reads bands: trimmed names, highest minimum first. A minimum that is not a number
 * reads as NaN and sorts last, so the domain's check refuses it.
 */
export function bandsOfRows(rows: readonly BandRow[]): ClassificationBand[] {
  const min = (b: ClassificationBand) => (Number.isFinite(b.minScore) ? b.minScore : -Infinity);
  return rows
    .map((r) => {
      const value = parseScoreText(r.min);
      return { label: r.label.trim(), minScore: typeof value === 'number' ? value : Number.NaN };
    })
    .sort((a, b) => min(b) - min(a));
}

/** A starting point for a set's own bands: the ward's, from the 100-point scale to the set's `scaleMax` points. */
export function bandRowsForScale(bands: readonly ClassificationBand[], scaleMax: number): BandRow[] {
  const factor = scaleMax > 0 ? scaleMax / 100 : 1;
  return bandRows(bands.map((b) => ({ label: b.label, minScore: Math.round(b.minScore * factor * 100) / 100 })));
}

export interface TieBreakChoice {
  key: TieBreakKey;
  enabled: boolean;
}

/** Every tie-break key once: the chosen ones in their order, then the unused ones. */
export function tieBreakChoices(order: readonly TieBreakKey[]): TieBreakChoice[] {
  const all = Object.keys(TIE_BREAK_LABELS) as TieBreakKey[];
  return [...order.map((key) => ({ key, enabled: true })), ...all.filter((k) => !order.includes(k)).map((key) => ({ key, enabled: false }))];
}

export interface ScoringRules {
  classificationBands: ClassificationBand[];
  tieBreakOrder: TieBreakKey[];
}

/**
 * Bands in the order the domain reads them (highest minimum first) and the enabled tie-break keys,
 * with the domain's checks on the result; `issues` empty means they can be saved.
 */
export function prepareScoringRules(
  rows: readonly BandRow[],
  choices: readonly TieBreakChoice[],
  base: WardSettings,
): { rules: ScoringRules; issues: string[] } {
  const rules: ScoringRules = {
    classificationBands: bandsOfRows(rows),
    tieBreakOrder: choices.filter((c) => c.enabled).map((c) => c.key),
  };
  const issues = validateSettings({ ...base, ...rules })
    .filter((i) => i.field === 'classificationBands' || i.field === 'tieBreakOrder')
    .map((i) => i.message);
  return { rules, issues };
}
