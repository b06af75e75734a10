/** Pure conversions between what form inputs hold and what the data schemas expect. */
import { civilToday } from '../data/ids';

/** Select value standing for null ("no unit", "no block"): MUI selects need a string. */
export const NO_CHOICE = '';

/**
 * Text typed in a number field → number, null when empty, or the raw text when unreadable (so the
 * schema's "phải là số" message shows). Accepts the Vietnamese decimal comma ("88,25").
 */
export function parseNumberInput(text: string): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return text;
  return Number(normalised);
}

/** Current civil date in Asia/Ho_Chi_Minh as "YYYY-MM-DD" (the office's day, whatever the PC's zone). */
export const todayIso = civilToday;

/** The emulation year currently worked on. */
export function currentYear(now: Date = new Date()): number {
  return Number(todayIso(now).slice(0, 4));
}
