import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addWorkingDays, dateInYear, daysBetween, daysInMonth, deathDateError, isLeapYear, isoWeekday, parseCivilDateText, parseIsoDate, toIsoDate, yearOf,
} from '../../../src-renderer/domain/dates';

describe('civil dates as ISO strings', () => {
  it.each([
    [2024, true], [2025, false], [2000, true], [1900, false], [2100, false],
  ])('isLeapYear(%s) = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-31', 365, '2027-01-31'],
  ])('addDays(%s, %s) = %s', (from, n, to) => {
    expect(addDays(from, n)).toBe(to);
    expect(daysBetween(from, to)).toBe(n);
  });

  it('knows weekdays (Monday = 1)', () => {
    expect(isoWeekday('2026-03-05')).toBe(4); // Thursday
    expect(isoWeekday('2026-11-21')).toBe(6); // Saturday
    expect(isoWeekday('2001-01-01')).toBe(1);
  });

  it('adds working days, skipping weekends and given holidays', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(addWorkingDays('2026-03-06', 5)).toBe('2026-03-13');
    expect(addWorkingDays('2026-04-29', 1, ['2026-04-30', '2026-05-01'])).toBe('2026-05-04');
    expect(addWorkingDays('2026-03-06', 0)).toBe('2026-03-06');
  });

  it('reads MM-DD settings into a year, clamping to the month end', () => {
    expect(dateInYear(2026, '12-10')).toBe('2026-12-10');
    expect(dateInYear(2025, '02-29')).toBe('2025-02-28');
    expect(() => dateInYear(2026, '13-01')).toThrow(RangeError);
    expect(() => dateInYear(2026, '1-1')).toThrow(RangeError);
  });

  it('yearOf reads the calendar year (31/12 vs 1/1)', () => {
    expect(yearOf('2025-12-31')).toBe(2025);
    expect(yearOf('2026-01-01')).toBe(2026);
    expect(() => yearOf('2026-02-30')).toThrow(RangeError);
  });

  it('round-trips every valid date through parse/format and day arithmetic (property)', () => {
    const date = fc.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter((d) => d.day <= daysInMonth(d.year, d.month));
    fc.assert(fc.property(date, fc.integer({ min: -3000, max: 3000 }), (d, n) => {
      const iso = toIsoDate(d);
      expect(parseIsoDate(iso)).toEqual(d);
      const later = addDays(iso, n);
      if (parseIsoDate(later)) expect(daysBetween(iso, later)).toBe(n);
    }));
  });
});

describe('dates typed in a spreadsheet, and the date of death', () => {
  it.each([
    ['05/03/2020', '2020-03-05'], ['5-3-2020', '2020-03-05'], ['05.03.2020', '2020-03-05'], ['2020-03-05', '2020-03-05'],
    ['29/02/2021', null], ['31/04/2020', null], ['2020', null], ['03/2020', null], ['', null],
  ])('reads “%s” as %s', (text, iso) => {
    expect(parseCivilDateText(text)).toBe(iso);
  });

  it('refuses a date of death in the future or before the birth', () => {
    const born = { birthDate: '1980-04-12', birthYear: 1980 };
    expect(deathDateError('2026-12-03', born, '2026-12-03')).toBeNull();
    expect(deathDateError('2026-12-04', born, '2026-12-03')).toBe('Ngày mất không được sau ngày hôm nay.');
    expect(deathDateError('1980-04-11', born, '2026-12-03')).toBe('Ngày mất không được trước ngày sinh.');
    expect(deathDateError('1979-12-31', { birthDate: null, birthYear: 1980 }, '2026-12-03')).toBe('Ngày mất không được trước ngày sinh.');
    expect(deathDateError('1980-01-01', { birthDate: null, birthYear: 1980 }, '2026-12-03')).toBeNull();
    expect(deathDateError('1900-01-01', { birthDate: null, birthYear: null }, '2026-12-03')).toBeNull();
  });
});
