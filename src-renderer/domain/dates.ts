/**
 * Civil dates as ISO strings `YYYY-MM-DD` (no Date objects, so no timezone drift between the
 * office PC's clock and Asia/Ho_Chi_Minh). ISO strings compare correctly as plain strings.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; null for anything that is not a real calendar day (e.g. 2025-02-29). */
export function parseIsoDate(s: string): CivilDate | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/** Like parseIsoDate, but an invalid date is a programming error at this point. */
export function requireIsoDate(s: string): CivilDate {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`Ngày không hợp lệ: “${s}” (cần dạng YYYY-MM-DD).`);
  return d;
}

export function toIsoDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year of a civil date; emulation years are calendar years (1/1–31/12). */
export function yearOf(isoDate: string): number {
  return requireIsoDate(isoDate).year;
}

/** Days since 0001-01-01 (proleptic Gregorian), for date arithmetic without Date. */
function dayNumber({ year, month, day }: CivilDate): number {
  const y = year - 1;
  let n = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < month; m++) n += daysInMonth(year, m);
  return n + day - 1;
}

function fromDayNumber(n: number): CivilDate {
  // 400 Gregorian years are exactly 146097 days; walk the remainder year by year, then month by month.
  let year = 1 + 400 * Math.floor(n / 146097);
  let rest = n - 146097 * Math.floor(n / 146097);
  while (rest >= (isLeapYear(year) ? 366 : 365)) {
    rest -= isLeapYear(year) ? 366 : 365;
    year++;
  }
  let month = 1;
  while (rest >= daysInMonth(year, month)) {
    rest -= daysInMonth(year, month);
    month++;
  }
  return { year, month, day: rest + 1 };
}

export function addDays(isoDate: string, days: number): string {
  return toIsoDate(fromDayNumber(dayNumber(requireIsoDate(isoDate)) + days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(requireIsoDate(to)) - dayNumber(requireIsoDate(from));
}

/** Monday = 1 … Sunday = 7. 0001-01-01 was a Monday in the proleptic Gregorian calendar. */
export function isoWeekday(isoDate: string): number {
  return (dayNumber(requireIsoDate(isoDate)) % 7) + 1;
}

/**
 * Adds working days (Monday–Friday), as time limits in administrative procedures are counted
 * ("20 ngày làm việc", QĐ 638/QĐ-BNV). Public holidays are the caller's list, since they move yearly.
 */
export function addWorkingDays(isoDate: string, workingDays: number, holidays: readonly string[] = []): string {
  let date = isoDate;
  let left = workingDays;
  while (left > 0) {
    date = addDays(date, 1);
    if (isoWeekday(date) <= 5 && !holidays.includes(date)) left--;
  }
  return date;
}

/** The civil date `MM-DD` of a year (e.g. the upward deadline "12-10"), clamped to the month's end. */
export function dateInYear(year: number, monthDay: string): string {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) throw new RangeError(`Mốc ngày không hợp lệ: “${monthDay}” (cần dạng MM-DD).`);
  const month = Number(m[1]);
  if (month < 1 || month > 12) throw new RangeError(`Tháng không hợp lệ trong “${monthDay}”.`);
  return toIsoDate({ year, month, day: Math.min(Math.max(Number(m[2]), 1), daysInMonth(year, month)) });
}

/**
 * A civil date as a clerk types it in a spreadsheet: "05/03/2020", "5-3-2020", "05.03.2020" (day
 * first, as Vietnamese lists write it) or "2020-03-05"; null when it is not a real calendar day.
 */
export function parseCivilDateText(text: string): string | null {
  const t = text.trim();
  if (parseIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = toIsoDate({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  return parseIsoDate(iso) ? iso : null;
}

/**
 * What is wrong with a person's date of death (ngày mất), or null: it cannot be after today, nor
 * before the date of birth (or the year of birth, when only the year is known).
 */
export function deathDateError(
  deathDate: string, birth: { birthDate: string | null; birthYear: number | null }, today: string,
): string | null {
  if (deathDate > today) return 'Ngày mất không được sau ngày hôm nay.';
  if (birth.birthDate ? deathDate < birth.birthDate : birth.birthYear !== null && yearOf(deathDate) < birth.birthYear) {
    return 'Ngày mất không được trước ngày sinh.';
  }
  return null;
}
