import { describe, expect, it } from 'vitest';
import { decideLocalBallot, evaluateLocalTitle, localReward, type LocalNominee } from '../../../src-renderer/domain/localTitles';
import type { LocalTitle } from '../../../src-renderer/domain/provincePack';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';

/** A city's own title: 90 % of the WHOLE council, barred from "khiển trách" up, 0,3 × lương cơ sở. */
const title: LocalTitle = {
  id: 'guong-mat-tieu-bieu', label: 'Gương mặt tiêu biểu của phường', shortLabel: 'GMTB', subjectKinds: ['person'], conferredBy: 'ward',
  prerequisites: ['LDTT'], voteThresholdPercent: 90, voteBase: 'totalMembers', secretBallot: true, disciplineBar: 'khien_trach',
  capPerYear: 2, oncePerLifetime: true, posthumous: false, coefficient: { person: 0.3 }, certificate: true, fromGoodDeeds: false,
  deadline: null, citation: 'Đ12',
};
const regulation = { number: '5/2025/QĐ-UBND', date: '2025-10-01', issuer: 'Ủy ban nhân dân thành phố Hà Nội', title: 'Quy chế' };
const clean: LocalNominee = { kind: 'person', disciplineThisYear: null, deceased: false, titlesHeld: ['LDTT'], timesReceived: 0 };
const context = { year: 2026, awardedThisYear: 0, regulation };

describe('a province pack\'s own title, read by the engine (issue 20 item 2)', () => {
  it('passes a clean nominee and cites the pack\'s own article', () => {
    const check = evaluateLocalTitle(title, clean, context);
    expect(check.verdict).toBe('pass');
    expect(check.rules.every((r) => r.reference === 'QĐ 5/2025/QĐ-UBND Đ12')).toBe(true);
  });

  it('refuses for discipline at the bar ("khiển trách" and above)', () => {
    const check = evaluateLocalTitle(title, { ...clean, disciplineThisYear: 'khien_trach' }, context);
    expect(check.verdict).toBe('fail');
    expect(check.summary).toMatch(/Bị kỷ luật khiển trách trong năm 2026; .*không xét khi bị kỷ luật từ khiển trách trở lên/);
  });

  it.each([
    ['a missing prerequisite', { titlesHeld: [] }, 0, /Chưa đạt “Lao động tiên tiến”/],
    ['a second award of a once-only title', { timesReceived: 1 }, 0, /chỉ tặng một lần/],
    ['a deceased nominee of a title not conferred posthumously', { deceased: true }, 0, /không truy tặng/],
    ['the yearly cap reached', {}, 2, /đã đủ 2/],
    ['a collective for a person-only title', { kind: 'unit' as const }, 0, /chỉ xét tặng cho cá nhân/],
  ])('refuses %s', (_name, change, awarded, reason) => {
    const check = evaluateLocalTitle(title, { ...clean, ...change }, { ...context, awardedThisYear: awarded });
    expect(check.verdict).toBe('fail');
    expect(check.summary).toMatch(reason);
  });

  it('6 of 7 (85,71 %) is not enough at 90 % of the whole council; 7 of 7 passes', () => {
    const council = { totalMembers: 7, presentMembers: 7 };
    const six = decideLocalBallot({ nomineeId: 'a', agree: 6, disagree: 1, invalid: 0 }, council, title, regulation, DEFAULT_SETTINGS);
    expect(six.passed).toBe(false);
    expect(six.agreePercentText).toBe('85,71 %');
    expect(six.agreeNeeded).toBe(7);
    expect(six.reference).toBe('QĐ 5/2025/QĐ-UBND Đ12');
    const seven = decideLocalBallot({ nomineeId: 'a', agree: 7, disagree: 0, invalid: 0 }, council, title, regulation, DEFAULT_SETTINGS);
    expect(seven.passed).toBe(true);
    // The base is the whole council: 6 agree of 6 present is still 6/7.
    const absent = decideLocalBallot({ nomineeId: 'a', agree: 6, disagree: 0, invalid: 0 }, { totalMembers: 7, presentMembers: 6 }, title, regulation, DEFAULT_SETTINGS);
    expect(absent.passed).toBe(false);
  });

  it('a title without a threshold passes on a simple majority of its base', () => {
    const majority = { ...title, voteThresholdPercent: null, voteBase: 'presentMembers' as const };
    expect(decideLocalBallot({ nomineeId: 'a', agree: 4, disagree: 3, invalid: 0 }, { totalMembers: 9, presentMembers: 7 }, majority, regulation, DEFAULT_SETTINGS).passed).toBe(true);
    expect(decideLocalBallot({ nomineeId: 'a', agree: 3, disagree: 3, invalid: 0 }, { totalMembers: 9, presentMembers: 6 }, majority, regulation, DEFAULT_SETTINGS).passed).toBe(false);
  });

  it('pays the pack\'s coefficient × the base salary on the decision date, rounded up to 10.000 đ', () => {
    expect(localReward(title, 'person', '2026-12-20', DEFAULT_SETTINGS.baseSalaryHistory)).toMatchObject({ coefficient: 0.3, baseSalary: 2_530_000, amount: 760_000 });
    expect(localReward(title, 'person', '2025-12-20', DEFAULT_SETTINGS.baseSalaryHistory)?.amount).toBe(710_000);
    expect(localReward(title, 'unit', '2026-12-20', DEFAULT_SETTINGS.baseSalaryHistory)).toBeNull();
  });
});
