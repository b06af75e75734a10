import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baseSalaryOn, payableAwardIds, rewardAmount, roundUpToTenThousand } from '../../../src-renderer/domain/money';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';
import type { SubjectKind, TitleCode } from '../../../src-renderer/domain/vocabulary';

describe('base salary in force on the decision date (NĐ 73/2024; NĐ 161/2026 [U])', () => {
  it.each([
    ['2024-06-30', null],
    ['2024-07-01', 2_340_000],
    ['2026-06-30', 2_340_000],
    ['2026-07-01', 2_530_000],
    ['2027-01-01', 2_530_000],
  ])('%s → %s', (date, amount) => {
    expect(baseSalaryOn(date, DEFAULT_SETTINGS.baseSalaryHistory)).toBe(amount);
  });

  it('does not depend on the order of the history', () => {
    const reversed = [...DEFAULT_SETTINGS.baseSalaryHistory].reverse();
    expect(baseSalaryOn('2026-12-01', reversed)).toBe(2_530_000);
  });
});

describe('reward amount = coefficient × base salary, rounded up to 10.000 đ (NĐ 152/2025 Đ49.2)', () => {
  it.each<[TitleCode, SubjectKind, string, number]>([
    ['LDTT', 'person', '2026-01-15', 710_000], // 0,3 × 2.340.000 = 702.000
    ['CSTDCS', 'person', '2026-01-15', 2_340_000], // exact, no rounding
    ['TTLDTT', 'unit', '2026-01-15', 1_880_000], // 0,8 × 2.340.000 = 1.872.000
    ['GIAY_KHEN', 'household', '2026-01-15', 1_060_000], // 0,45 × 2.340.000 = 1.053.000
    ['BANG_KHEN_TINH', 'household', '2026-01-15', 5_270_000], // 2,25 × 2.340.000 = 5.265.000
    ['CSTD_TINH', 'person', '2026-07-01', 7_590_000], // 3 × 2.530.000
    ['LDTT', 'person', '2026-07-01', 760_000], // 0,3 × 2.530.000 = 759.000
    ['CO_THI_DUA_TINH', 'unit', '2026-06-30', 18_720_000],
  ])('%s %s decided %s → %s', (titleCode, subjectKind, decisionDate, amount) => {
    expect(rewardAmount({ titleCode, subjectKind, decisionDate }, DEFAULT_SETTINGS)?.amount).toBe(amount);
  });

  it('returns the exact product and the reference', () => {
    expect(rewardAmount({ titleCode: 'LDTT', subjectKind: 'person', decisionDate: '2026-01-15' }, DEFAULT_SETTINGS))
      .toMatchObject({ coefficient: 0.3, baseSalary: 2_340_000, exact: 702_000, reference: expect.stringContaining('Đ49.2') });
  });

  it('pays nothing without a coefficient or a base salary', () => {
    expect(rewardAmount({ titleCode: 'GIA_DINH_VAN_HOA', subjectKind: 'household', decisionDate: '2026-01-15' }, DEFAULT_SETTINGS)).toBeNull();
    expect(rewardAmount({ titleCode: 'LDTT', subjectKind: 'person', decisionDate: '2020-01-15' }, DEFAULT_SETTINGS)).toBeNull();
  });

  it('rounds up to the next multiple of 10.000 and never down (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
      const r = roundUpToTenThousand(n);
      expect(r % 10_000).toBe(0);
      expect(r).toBeGreaterThanOrEqual(n);
      expect(r - n).toBeLessThan(10_000);
    }));
  });
});

describe('which awards are paid (NĐ 152/2025 Đ49.5–7)', () => {
  it('pays only the highest title of one period, every form, and titles of other periods', () => {
    const ids = payableAwardIds([
      { id: 'ldtt26', titleCode: 'LDTT', isEmulationTitle: true, period: '2026', amount: 710_000 },
      { id: 'cstdcs26', titleCode: 'CSTDCS', isEmulationTitle: true, period: '2026', amount: 2_340_000 },
      { id: 'gk26', titleCode: 'GIAY_KHEN', isEmulationTitle: false, period: '2026', amount: 710_000 },
      { id: 'ldtt25', titleCode: 'LDTT', isEmulationTitle: true, period: '2025', amount: 710_000 },
    ]);
    expect(ids).toEqual(['cstdcs26', 'gk26', 'ldtt25']);
  });
});
