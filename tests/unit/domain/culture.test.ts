import { describe, expect, it } from 'vitest';
import { cultureDateProblems, cultureSchedule } from '../../../src-renderer/domain/culture';
import type { CultureReviewFacts } from '../../../src-renderer/domain/culture';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';

const none = { proposal: false, householdList: false, reviewMinutes: false };
const all = { proposal: true, householdList: true, reviewMinutes: true };
const facts = (over: Partial<CultureReviewFacts> = {}): CultureReviewFacts => ({
  year: 2026, postedOn: null, dossier: none, dossierCompleteOn: null, decisionDate: null, ...over,
});

describe('Gia đình văn hóa review (NĐ 86/2023 Đ7)', () => {
  it('posts the list for 10 days counting the posting day, then the dossier, then the 10-day decision', () => {
    const posted = cultureSchedule(facts({ postedOn: '2026-11-01' }), DEFAULT_SETTINGS, '2026-11-05');
    expect(posted).toMatchObject({ stage: 'posted', postingEndsOn: '2026-11-10', completionDate: '2026-11-25', latestPostingDay: '2026-11-16', warnings: [] });
    expect(posted.missingParts).toEqual(['proposal', 'householdList', 'reviewMinutes']);
    expect(cultureSchedule(facts({ postedOn: '2026-11-01' }), DEFAULT_SETTINGS, '2026-11-11').stage).toBe('dossier');
    const complete = cultureSchedule(facts({ postedOn: '2026-11-01', dossier: all, dossierCompleteOn: '2026-11-12' }), DEFAULT_SETTINGS, '2026-11-15');
    expect(complete).toMatchObject({ stage: 'awaitingDecision', decisionDueOn: '2026-11-22', missingParts: [], warnings: [] });
    const decided = cultureSchedule(facts({ postedOn: '2026-11-01', dossier: all, dossierCompleteOn: '2026-11-12', decisionDate: '2026-11-20' }), DEFAULT_SETTINGS, '2026-12-30');
    expect(decided.stage).toBe('decided');
    expect(decided.warnings).toEqual([]);
  });

  it('warns when a posting would end after the yearly completion date (a setting)', () => {
    const late = cultureSchedule(facts({ postedOn: '2026-11-20' }), DEFAULT_SETTINGS, '2026-11-20');
    expect(late.postingEndsOn).toBe('2026-11-29');
    expect(late.warnings).toEqual([
      'Niêm yết 10 ngày kết thúc ngày 29/11/2026, sau thời hạn hoàn thành bình xét 25/11/2026: cần niêm yết chậm nhất ngày 16/11/2026 (NĐ 86/2023/NĐ-CP Đ7).',
    ]);
    // The last posting day that still ends on the completion date gives no warning.
    expect(cultureSchedule(facts({ postedOn: '2026-11-16' }), DEFAULT_SETTINGS, '2026-11-16').warnings).toEqual([]);
    // A province that sets 30/11 moves the limit.
    expect(cultureSchedule(facts({ postedOn: '2026-11-20' }), { ...DEFAULT_SETTINGS, familyReviewDeadline: '11-30' }, '2026-11-20').warnings).toEqual([]);
    // Not posted and too late to finish in time.
    expect(cultureSchedule(facts(), DEFAULT_SETTINGS, '2026-11-17').warnings[0]).toMatch(/^Chưa niêm yết/);
  });

  it('warns when the chairman’s 10 days from a complete dossier have passed', () => {
    const over = cultureSchedule(facts({ postedOn: '2026-11-01', dossier: all, dossierCompleteOn: '2026-11-12' }), DEFAULT_SETTINGS, '2026-11-23');
    expect(over.warnings).toEqual(['Quá hạn quyết định: hồ sơ đủ từ ngày 12/11/2026, Chủ tịch UBND phường quyết định trong 10 ngày (đến 22/11/2026) (NĐ 86/2023/NĐ-CP Đ7).']);
    // The days are a setting.
    expect(cultureSchedule(facts({ postedOn: '2026-11-01', dossier: all, dossierCompleteOn: '2026-11-12' }), { ...DEFAULT_SETTINGS, familyDecisionDays: 15 }, '2026-11-23').warnings).toEqual([]);
  });

  it('a ticked dossier without the day it was complete is not complete', () => {
    expect(cultureSchedule(facts({ postedOn: '2026-11-01', dossier: all }), DEFAULT_SETTINGS, '2026-11-15')).toMatchObject({ stage: 'dossier', decisionDueOn: null });
  });

  it('refuses a dossier complete before the comments closed and a decision before the dossier', () => {
    expect(cultureDateProblems(facts({ postedOn: '2026-11-01', dossier: all, dossierCompleteOn: '2026-11-10' }), DEFAULT_SETTINGS).map((p) => p.field)).toEqual(['dossierCompleteOn']);
    expect(cultureDateProblems(facts({ dossier: all, dossierCompleteOn: '2026-11-10' }), DEFAULT_SETTINGS)[0].message).toMatch(/Chưa niêm yết/);
    expect(cultureDateProblems(facts({ postedOn: '2026-11-01', dossier: all, dossierCompleteOn: '2026-11-11', decisionDate: '2026-11-10' }), DEFAULT_SETTINGS).map((p) => p.field)).toEqual(['decisionDate']);
    expect(cultureDateProblems(facts({ postedOn: '2026-11-01', dossier: all, dossierCompleteOn: '2026-11-11', decisionDate: '2026-11-11' }), DEFAULT_SETTINGS)).toEqual([]);
  });

  it('refuses a posting day outside the review’s year', () => {
    expect(cultureDateProblems(facts({ postedOn: '2025-11-05' }), DEFAULT_SETTINGS)).toEqual([{ field: 'postedOn', message: 'Ngày niêm yết phải trong năm bình xét 2026.' }]);
    expect(cultureDateProblems(facts({ postedOn: '2026-01-02' }), DEFAULT_SETTINGS)).toEqual([]);
  });

  it('refuses the day of a complete dossier while a part is missing, naming it', () => {
    const problems = cultureDateProblems(facts({ postedOn: '2026-11-01', dossier: { ...all, reviewMinutes: false }, dossierCompleteOn: '2026-11-11' }), DEFAULT_SETTINGS);
    expect(problems).toEqual([{ field: 'dossierCompleteOn', message: 'Hồ sơ chưa đủ, còn thiếu: Biên bản họp bình xét của tổ dân phố (Mẫu 03).' }]);
  });

  it('never applies the repealed 60 % rules of NĐ 122/2018: the facts hold no attendance or approval share', () => {
    const keys = Object.keys(facts());
    expect(keys.some((k) => /percent|share|attend|vote|approv/i.test(k))).toBe(false);
    expect(Object.keys(DEFAULT_SETTINGS).some((k) => /^family.*(Percent|Share)/.test(k))).toBe(false);
  });
});
