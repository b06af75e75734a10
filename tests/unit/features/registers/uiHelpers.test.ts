import { describe, expect, it } from 'vitest';
import { RefusedError, ValidationError } from '../../../../src-renderer/data/errors';
import { describeError, issuesByField, placeIssues } from '../../../../src-renderer/ui/errors';
import { currentYear, parseNumberInput, todayIso } from '../../../../src-renderer/ui/formValues';
import { compareNumberNullable, compareViNullable } from '../../../../src-renderer/ui/gridColumns';
import { opensRow } from '../../../../src-renderer/ui/rowKeys';

describe('shared form values', () => {
  it('reads numbers as typed in Vietnam, keeps unreadable text for the schema to report', () => {
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput(' 1985 ')).toBe(1985);
    expect(parseNumberInput('88,25')).toBe(88.25);
    expect(parseNumberInput('năm ngoái')).toBe('năm ngoái');
  });

  it('takes today in Asia/Ho_Chi_Minh, not the PC’s zone', () => {
    // 31/12 17:30 UTC is already 1/1 in Vietnam (UTC+7).
    expect(todayIso(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(currentYear(new Date('2025-12-31T16:59:00Z'))).toBe(2025);
  });
});

describe('grid order', () => {
  it('sorts Vietnamese text naturally with blanks last', () => {
    const names = ['Tổ dân phố 10', '', 'Ánh', 'Tổ dân phố 2', null, 'Anh'];
    expect([...names].sort(compareViNullable)).toEqual(['Anh', 'Ánh', 'Tổ dân phố 2', 'Tổ dân phố 10', '', null]);
  });

  it('sorts numbers with blanks last', () => {
    expect([3, null, 1, 2].sort(compareNumberNullable)).toEqual([1, 2, 3, null]);
  });
});

describe('error messages', () => {
  const validation = new ValidationError([
    { path: 'fullName', message: 'Họ và tên không được để trống.' },
    { path: '', message: 'Bản ghi không hợp lệ.' },
  ]);

  it('shows the data layer’s Vietnamese messages as they are', () => {
    expect(describeError(new RefusedError('transition', 'Không thể chuyển.'))).toBe('Không thể chuyển.');
    expect(describeError(validation)).toBe('Họ và tên không được để trống. Bản ghi không hợp lệ.');
    expect(describeError(new Error('boom'))).toBe('Đã xảy ra lỗi không mong muốn: boom');
  });

  it('places field issues next to their fields and returns the rest', () => {
    expect(issuesByField(validation)).toEqual({ fullName: 'Họ và tên không được để trống.' });
    const placed: [string, string][] = [];
    const rest = placeIssues(validation, (path, message) => placed.push([path, message]), ['fullName']);
    expect(placed).toEqual([['fullName', 'Họ và tên không được để trống.']]);
    expect(rest).not.toBeNull();
    const onlyField = new ValidationError([{ path: 'ratings.0.year', message: 'Năm không hợp lệ.' }]);
    expect(placeIssues(onlyField, () => undefined, ['ratings'])).toBeNull();
  });
});

describe('list keyboard', () => {
  const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
    ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

  it('opens the focused row on plain Enter only', () => {
    expect(opensRow(key('Enter'))).toBe(true);
    expect(opensRow(key(' '))).toBe(false);
    expect(opensRow(key('ArrowDown'))).toBe(false);
    expect(opensRow(key('Enter', { ctrlKey: true }))).toBe(false);
    expect(opensRow(key('Enter', { shiftKey: true }))).toBe(false);
  });
});
