/**
 * Women first among equals (NĐ 152/2025 Đ4): among equally qualified nominees, prefer women, or
 * collectives with at least 70 % women (the share is a setting).
 */
import type { WardSettings } from '../settings';
import type { Nominee } from './types';

export function hasWomenPriority(
  nominee: Nominee,
  settings: Pick<WardSettings, 'womenPriorityCollectiveSharePercent'>,
): boolean {
  switch (nominee.kind) {
    case 'person':
      return nominee.gender === 'female';
    case 'unit':
      return collectiveHasWomenPriority(nominee.memberCount, nominee.womenCount ?? null, settings);
    case 'household':
      return false;
  }
}

/** A collective with at least the set share of women (70 % by default), compared in integers; unknown counts give no priority. */
export function collectiveHasWomenPriority(
  memberCount: number | null,
  womenCount: number | null,
  settings: Pick<WardSettings, 'womenPriorityCollectiveSharePercent'>,
): boolean {
  if (memberCount === null || womenCount === null || memberCount <= 0) return false;
  return womenCount * 10_000 >= Math.round(settings.womenPriorityCollectiveSharePercent * 100) * memberCount;
}

/**
 * Orders equally qualified nominees: negative when `a` goes first. Only the women-first rule is
 * applied; anything else equal returns 0 so a stable sort keeps the existing order.
 */
export function compareForTieBreak(
  a: Nominee,
  b: Nominee,
  settings: Pick<WardSettings, 'womenPriorityCollectiveSharePercent'>,
): number {
  return Number(hasWomenPriority(b, settings)) - Number(hasWomenPriority(a, settings));
}

/** The women-first rule as cited where it proposes who goes first among equals. */
export const WOMEN_FIRST_BASIS = 'Khoản 6 Điều 4 NĐ 152/2025';

/**
 * Choosing `places` among equally qualified candidates by the women-first rule (NĐ 152/2025 Đ4.6):
 * those with priority are kept before those without. What the rule settles is proposed (`kept`,
 * `dropped`); the candidates it cannot separate for the remaining places are `tied`, and only
 * that choice is left to the council. Input order is kept within each group.
 */
export interface WomenFirstChoice<T> {
  kept: T[];
  dropped: T[];
  /** Equal under the rule: the council chooses `tiedPlaces` of them. */
  tied: T[];
  tiedPlaces: number;
}

export function chooseWomenFirst<T>(candidates: readonly T[], places: number, priority: (candidate: T) => boolean): WomenFirstChoice<T> {
  const women = candidates.filter(priority);
  const others = candidates.filter((c) => !priority(c));
  const open = Math.max(0, places);
  if (candidates.length <= open) return { kept: [...candidates], dropped: [], tied: [], tiedPlaces: 0 };
  if (open === 0) return { kept: [], dropped: [...candidates], tied: [], tiedPlaces: 0 };
  if (open < women.length) return { kept: [], dropped: others, tied: women, tiedPlaces: open };
  if (open === women.length) return { kept: women, dropped: others, tied: [], tiedPlaces: 0 };
  return { kept: women, dropped: [], tied: others, tiedPlaces: open - women.length };
}
