/**
 * The ward's scoring rules edited beside the criteria: classification bands (mức xếp loại) and the
 * tie-break chain for equal totals, which the council chooses and states (DOMAIN.md §7). They are
 * ward settings, stored as overrides on the ward profile like every other setting.
 */
import { TIE_BREAK_LABELS, validateSettings } from '../../domain/settings';
import type { ClassificationBand, TieBreakKey, WardSettings } from '../../domain/settings';

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
  bands: readonly ClassificationBand[],
  choices: readonly TieBreakChoice[],
  base: WardSettings,
): { rules: ScoringRules; issues: string[] } {
  const rules: ScoringRules = {
    classificationBands: bands.map((b) => ({ label: b.label.trim(), minScore: b.minScore })).sort((a, b) => b.minScore - a.minScore),
    tieBreakOrder: choices.filter((c) => c.enabled).map((c) => c.key),
  };
  const issues = validateSettings({ ...base, ...rules })
    .filter((i) => i.field === 'classificationBands' || i.field === 'tieBreakOrder')
    .map((i) => i.message);
  return { rules, issues };
}
