import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ballotPasses, checkQuorum, checkTallyCounts, decideBallot, minimumAgree, requiresBallot, tallyBallot, voteRequirementFor,
} from '../../../src-renderer/domain/council';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';
import type { TitleCode } from '../../../src-renderer/domain/vocabulary';

describe('quorum (QĐ 86/2025 Bắc Ninh Đ8.4: ≥ 2/3 of members; ward default)', () => {
  it.each([
    [9, 6, true, 6],
    [9, 5, false, 6],
    [10, 7, true, 7],
    [10, 6, false, 7], // 6/10 = 60 % < 2/3
    [12, 8, true, 8], // exactly 2/3
    [3, 2, true, 2],
    [0, 0, false, 1],
  ])('%s members, %s present → met=%s (needs %s)', (total, present, met, required) => {
    const q = checkQuorum({ totalMembers: total, presentMembers: present }, DEFAULT_SETTINGS, 'meeting');
    expect(q.met).toBe(met);
    expect(q.requiredPresent).toBe(required);
    expect(q.reason).toContain(`${present}/${total}`);
  });

  it('applies the stricter award-session attendance when set (80 %)', () => {
    const settings = { ...DEFAULT_SETTINGS, awardSessionQuorumPercent: 80 };
    expect(checkQuorum({ totalMembers: 10, presentMembers: 7 }, settings, 'awardSession').met).toBe(false);
    expect(checkQuorum({ totalMembers: 10, presentMembers: 8 }, settings, 'awardSession').met).toBe(true);
    expect(checkQuorum({ totalMembers: 10, presentMembers: 7 }, settings, 'meeting').met).toBe(true);
  });

  it('clamps attendance above membership', () => {
    expect(checkQuorum({ totalMembers: 5, presentMembers: 9 }, DEFAULT_SETTINGS).presentMembers).toBe(5);
  });
});

describe('which titles require a ballot (DOMAIN.md §4: CSTĐ at all levels, Cờ thi đua)', () => {
  it.each<[TitleCode, boolean]>([
    ['CSTDCS', true], ['CSTD_TINH', true], ['CO_THI_DUA_TINH', true],
    ['LDTT', false], ['TTLDTT', false], ['GIAY_KHEN', false], ['GIA_DINH_VAN_HOA', false], ['BANG_KHEN_TINH', false],
  ])('%s → %s', (code, ballot) => {
    expect(requiresBallot(code)).toBe(ballot);
    expect(voteRequirementFor(code, DEFAULT_SETTINGS).ballot).toBe(ballot);
  });
});

describe('ballot threshold on TOTAL membership, integers (NĐ 98/2023 Đ30.7, CSTĐCS 80 %)', () => {
  const req = { percent: 80, strictlyAbove: false };
  it.each([
    [8, 10, true], // exactly 80 %
    [7, 10, false],
    [12, 15, true], // exactly 80 %
    [11, 15, false],
    [4, 5, true],
    [7, 9, false], // 77,78 %
    [8, 9, true],
    [0, 0, false],
  ])('%s agree of %s members → %s', (agree, total, pass) => {
    expect(ballotPasses(agree, total, req)).toBe(pass);
  });

  it('majority for other titles is strictly more than half', () => {
    const majority = { percent: 50, strictlyAbove: true };
    expect(ballotPasses(5, 10, majority)).toBe(false);
    expect(ballotPasses(6, 10, majority)).toBe(true);
    expect(ballotPasses(5, 9, majority)).toBe(true);
    expect(minimumAgree(10, majority)).toBe(6);
    expect(minimumAgree(9, majority)).toBe(5);
  });

  it('handles fractional thresholds exactly (66,67 % of 3)', () => {
    expect(ballotPasses(2, 3, { percent: 66.67, strictlyAbove: false })).toBe(false);
    expect(ballotPasses(2, 3, { percent: 66.66, strictlyAbove: false })).toBe(true);
  });

  it('minimumAgree is exactly the boundary of ballotPasses (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 10000 }).map((n) => n / 100), fc.boolean(),
      (total, percent, strict) => {
        const r = { percent, strictlyAbove: strict };
        const min = minimumAgree(total, r);
        expect(ballotPasses(min, total, r)).toBe(true);
        expect(ballotPasses(min - 1, total, r)).toBe(false);
      },
    ));
  });
});

describe('tallyBallot with absent members\' written opinions', () => {
  const tally = tallyBallot({
    nomineeIds: ['a', 'b'],
    ballotsIssued: 8,
    papers: [
      { marks: { a: 'agree', b: 'agree' } },
      { marks: { a: 'agree', b: 'disagree' } },
      { marks: { a: 'agree' } }, // b left blank → invalid for b
      { invalid: true, marks: { a: 'agree', b: 'agree' } }, // spoilt paper
      { marks: { a: 'agree', b: 'agree' } },
      { marks: { a: 'disagree', b: 'agree' } },
      { marks: { a: 'agree', b: 'agree' } },
    ],
    writtenOpinions: [{ memberId: 'm9', marks: { a: 'agree', b: 'disagree' } }, { memberId: 'm10', marks: { a: 'agree' } }],
  });

  it('counts papers', () => {
    expect(tally).toMatchObject({ ballotsIssued: 8, ballotsReturned: 7, validPapers: 6, invalidPapers: 1, writtenOpinions: 2 });
  });

  it('counts per nominee, written opinions included', () => {
    expect(tally.perNominee[0]).toEqual({ nomineeId: 'a', agree: 7, disagree: 1, invalid: 1, writtenAgree: 2, writtenDisagree: 0 });
    expect(tally.perNominee[1]).toEqual({ nomineeId: 'b', agree: 4, disagree: 2, invalid: 2, writtenAgree: 0, writtenDisagree: 1 });
  });

  it('decides CSTĐCS against 80 % of the 10 members, stating the numbers', () => {
    const council = { totalMembers: 10, presentMembers: 8 };
    const a = decideBallot(tally.perNominee[0], council, 'CSTDCS', DEFAULT_SETTINGS);
    expect(a.passed).toBe(false); // 7/10 = 70 %
    expect(a.agreeNeeded).toBe(8);
    expect(a.agreePercentText).toBe('70 %');
    expect(a.reason).toContain('7/10 tổng số thành viên Hội đồng đồng ý');
    expect(a.reason).toContain('không đạt');
    expect(a.reference).toContain('NĐ 98/2023 Đ30.7');
    const passed = decideBallot({ ...tally.perNominee[0], agree: 8 }, council, 'CSTDCS', DEFAULT_SETTINGS);
    expect(passed.passed).toBe(true);
  });

  it('decides a non-ballot title by majority of the configured base', () => {
    const council = { totalMembers: 10, presentMembers: 7 };
    const onPresent = decideBallot({ nomineeId: 'x', agree: 4, disagree: 3, invalid: 0 }, council, 'LDTT', { ...DEFAULT_SETTINGS, majorityBase: 'presentMembers' });
    expect(onPresent).toMatchObject({ passed: true, baseCount: 7, agreeNeeded: 4 });
    const onTotal = decideBallot({ nomineeId: 'x', agree: 4, disagree: 3, invalid: 0 }, council, 'LDTT', DEFAULT_SETTINGS);
    expect(onTotal).toMatchObject({ passed: false, baseCount: 10, agreeNeeded: 6 });
  });

  it('decides nothing without a quorum: even unanimous votes are not valid and never pass', () => {
    const council = { totalMembers: 9, presentMembers: 5 }; // 2/3 of 9 needs 6
    const lone = decideBallot({ nomineeId: 'x', agree: 5, disagree: 0, invalid: 0 }, council, 'LDTT', { ...DEFAULT_SETTINGS, majorityBase: 'presentMembers' });
    expect(lone.quorate).toBe(false);
    expect(lone.passed).toBe(false);
    expect(lone.reason).toMatch(/^Phiên họp chưa đủ số thành viên dự họp \(5\/9, cần ít nhất 6\): kết quả biểu quyết không có giá trị/);
    expect(lone.reason).not.toMatch(/: đạt\.$/);
    const quorate = decideBallot({ nomineeId: 'x', agree: 6, disagree: 0, invalid: 0 }, { totalMembers: 9, presentMembers: 6 }, 'LDTT', DEFAULT_SETTINGS);
    expect(quorate).toMatchObject({ quorate: true, passed: true });
  });

  it('uses a province-specific threshold from settings', () => {
    const settings = { ...DEFAULT_SETTINGS, ballotThresholdPercent: { CSTDCS: 90 } };
    expect(decideBallot({ nomineeId: 'x', agree: 8, disagree: 2, invalid: 0 }, { totalMembers: 10, presentMembers: 10 }, 'CSTDCS', settings).passed).toBe(false);
    expect(voteRequirementFor('CO_THI_DUA_TINH', settings).percent).toBe(80); // default when the title is not listed
  });
});

describe('checkTallyCounts', () => {
  it('accepts a consistent sheet', () => {
    expect(checkTallyCounts({ ballotsIssued: 8, ballotsReturned: 8, agree: 8, disagree: 1, invalid: 1, written: 2 }, 10)).toEqual([]);
  });
  it.each([
    [{ ballotsIssued: 8, ballotsReturned: 9, agree: 9, disagree: 0, invalid: 0 }, 'nhiều hơn số phiếu phát ra'],
    [{ ballotsIssued: 10, ballotsReturned: 10, agree: 10, disagree: 0, invalid: 0, written: 1 }, 'vượt tổng số thành viên'],
    [{ ballotsIssued: 8, ballotsReturned: 8, agree: 5, disagree: 1, invalid: 1 }, 'phải bằng số phiếu thu vào'],
    [{ ballotsIssued: 8, ballotsReturned: 8, agree: -1, disagree: 8, invalid: 1 }, 'số nguyên không âm'],
  ])('reports %o', (counts, message) => {
    expect(checkTallyCounts(counts, 10).join(' ')).toContain(message);
  });
});
