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
