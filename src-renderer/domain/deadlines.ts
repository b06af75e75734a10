/**
 * Upward deadlines per title (issue 20): a province may want one title's dossier on its own day
 * (its pack's `titleDeadlines`, a local title's `deadline`); every other upward title is due on the
 * annual day (WardSettings.upwardDeadline, NĐ 152/2025 Đ6.2.c lets the province set it).
 */
import type { WardSettings } from './settings';
import { awardCodes, awardTitleInfo, localTitleFor } from './titles';
import { isLocalCode, type AwardCode } from './vocabulary';

type DeadlineSettings = Pick<WardSettings, 'upwardDeadline' | 'titleDeadlines' | 'localTitles' | 'naming'>;

/** `MM-DD` a title's upward dossier is due: its own day in the pack, else the annual one. */
export function upwardDeadlineFor(code: AwardCode, settings: DeadlineSettings): string {
  const own = isLocalCode(code) ? localTitleFor(code, settings)?.deadline : settings.titleDeadlines[code];
  return own ?? settings.upwardDeadline;
}

export interface UpwardDeadline {
  /** `MM-DD`. */
  monthDay: string;
  /** Titles due on this day by their own rule; empty for the annual day (every other upward title). */
  codes: AwardCode[];
}

/** The annual day first, then each title's own day with the titles due on it, earliest first. */
export function upwardDeadlines(settings: DeadlineSettings): UpwardDeadline[] {
  const own = new Map<string, AwardCode[]>();
  for (const code of awardCodes(settings)) {
    if (awardTitleInfo(code, settings).level !== 'upward') continue;
    const day = upwardDeadlineFor(code, settings);
    if (day !== settings.upwardDeadline) own.set(day, [...(own.get(day) ?? []), code]);
  }
  const days = [...own].sort(([a], [b]) => (a < b ? -1 : 1)).map(([monthDay, codes]) => ({ monthDay, codes }));
  return [{ monthDay: settings.upwardDeadline, codes: [] }, ...days];
}
