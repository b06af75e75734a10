import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { parseHouseholdLines } from '../../../../src-renderer/features/culture/householdPaste';
import { postingPeriodText, reviewSchedule, yearTimetable } from '../../../../src-renderer/features/culture/cultureView';

describe('households pasted from the tổ dân phố’s spreadsheet', () => {
  it('takes name and address by tab or semicolon, drops a leading STT, joins further columns into the address', () => {
    const { households, skipped } = parseHouseholdLines('1\tNguyễn Văn An\tSố 3\thẻm 12\nLê Thị Hòa; Số 7, hẻm 12\n\n  \nTrần Văn Bình', []);
    expect(households).toEqual([
      { name: 'Nguyễn Văn An', address: 'Số 3, hẻm 12', comment: '', proposed: true },
      { name: 'Lê Thị Hòa', address: 'Số 7, hẻm 12', comment: '', proposed: true },
      { name: 'Trần Văn Bình', address: '', comment: '', proposed: true },
    ]);
    expect(skipped).toEqual([]);
  });

  it('reports a line without a name and a household already listed (either accent placement), adding neither', () => {
    const existing = [{ name: 'Lê Thị Hòa', address: 'Số 7, hẻm 12', comment: 'Góp ý', proposed: true }];
    const { households, skipped } = parseHouseholdLines('Lê Thị Hoà\tSố 7, hẻm 12\n\tSố 9\nPhạm Thị Mai\tSố 11\nPHẠM THỊ MAI\tsố 11', existing);
    expect(households.map((h) => h.name)).toEqual(['Phạm Thị Mai']);
    expect(skipped).toEqual(['Dòng 1: “Lê Thị Hoà” đã có trong danh sách.', 'Dòng 2: thiếu tên chủ hộ.', 'Dòng 4: “PHẠM THỊ MAI” đã có trong danh sách.']);
  });
});

describe('the review as the screen shows it', () => {
  const review = { year: 2026, postedOn: '2026-11-05', dossier: { proposal: true, householdList: true, reviewMinutes: true }, dossierCompleteOn: '2026-11-16', decisionDate: null };

  it('states the year’s timetable from the settings, with its legal reference', () => {
    expect(yearTimetable(2026, DEFAULT_SETTINGS)).toBe(
      'Năm 2026: hoàn thành bình xét đến ngày 25/11/2026; danh sách niêm yết lấy ý kiến 10 ngày, nên niêm yết chậm nhất ngày 16/11/2026; ' +
        'Chủ tịch UBND phường quyết định trong 10 ngày kể từ ngày nhận đủ hồ sơ (NĐ 86/2023/NĐ-CP Đ7).',
    );
    expect(yearTimetable(2026, { ...DEFAULT_SETTINGS, familyReviewDeadline: '11-30', familyPublicNoticeDays: 7 })).toContain('niêm yết lấy ý kiến 7 ngày, nên niêm yết chậm nhất ngày 24/11/2026');
  });

  it('reads the schedule of the stored review and its posting period', () => {
    const s = reviewSchedule(review, DEFAULT_SETTINGS, '2026-11-20');
    expect(s).toMatchObject({ stage: 'awaitingDecision', postingEndsOn: '2026-11-14', decisionDueOn: '2026-11-26', warnings: [] });
    expect(postingPeriodText(s, review.postedOn)).toBe('05/11/2026 – 14/11/2026');
    expect(postingPeriodText(reviewSchedule({ ...review, postedOn: null, dossierCompleteOn: null }, DEFAULT_SETTINGS, '2026-11-01'), null)).toBe('');
  });
});
