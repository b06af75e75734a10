import { describe, expect, it } from 'vitest';
import { evaluateYearQuotas } from '../../../src-renderer/domain/eligibility';
import type { YearNomination } from '../../../src-renderer/domain/eligibility';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';
import type { TitleCode } from '../../../src-renderer/domain/vocabulary';

const nom = (id: string, titleCode: TitleCode, over: Partial<YearNomination> = {}): YearNomination => ({
  id, nomineeId: id, nomineeName: `Người ${id}`, titleCode, awardKind: 'cong_trang', womenPriority: false, ...over,
});

const ldtt = (n: number) => Array.from({ length: n }, (_, i) => nom(`l${i}`, 'LDTT'));
const byId = (results: ReturnType<typeof evaluateYearQuotas>, id: string) => results.find((r) => r.id === id)!;

describe('year-wide checks', () => {
  it('no CSTĐCS cap by default (Luật 2022 sets none; ND 91/2017 15 % is gone)', () => {
    const results = evaluateYearQuotas([...ldtt(2), nom('c1', 'CSTDCS'), nom('c2', 'CSTDCS')], DEFAULT_SETTINGS);
    expect(results.some((r) => r.id === 'quota.cstdcsShare')).toBe(false);
    expect(results.every((r) => r.verdict === 'pass')).toBe(true);
  });

  it.each([
    [20, 3, 'pass', 0], // exactly 15 % of 20
    [20, 4, 'fail', 1],
    [19, 3, 'fail', 1], // 15 % of 19 = 2,85 → 2
    [0, 1, 'fail', 1],
  ])('province cap 15 %%: %s LĐTT, %s CSTĐCS → %s', (l, c, verdict, over) => {
    const list = [...ldtt(l), ...Array.from({ length: c }, (_, i) => nom(`c${i}`, 'CSTDCS'))];
    const r = byId(evaluateYearQuotas(list, { cstdcsMaxShareOfLdtt: 15 }), 'quota.cstdcsShare');
    expect(r.verdict).toBe(verdict);
    expect(r.nominationIds).toHaveLength(over);
  });

  it('NĐ 152/2025 Đ4: when the cap bites, women are kept ahead of men', () => {
    const list = [...ldtt(10), nom('man', 'CSTDCS'), nom('woman', 'CSTDCS', { womenPriority: true })];
    const r = byId(evaluateYearQuotas(list, { cstdcsMaxShareOfLdtt: 10 }), 'quota.cstdcsShare');
    expect(r.nominationIds).toEqual(['man']);
    expect(r.reason).toContain('Hội đồng quyết định');
  });

  it('NĐ 152/2025 Đ4: duplicate title for the same nominee', () => {
    const r = byId(evaluateYearQuotas([nom('a', 'LDTT'), nom('b', 'LDTT', { nomineeId: 'a', nomineeName: 'Người a' }), nom('c', 'LDTT')], DEFAULT_SETTINGS), 'quota.duplicateTitle');
    expect(r.verdict).toBe('fail');
    expect(r.nominationIds).toEqual(['a', 'b']);
    expect(r.reason).toContain('Người a (LĐTT, 2 lần)');
  });

  it('NĐ 152/2025 Đ4: one achievement cited for two forms', () => {
    const list = [
      nom('g', 'GIAY_KHEN', { nomineeId: 'p', achievementRef: 'cuu-nguoi', awardKind: 'dot_xuat' }),
      nom('b', 'BANG_KHEN_TINH', { nomineeId: 'p', achievementRef: 'cuu-nguoi', awardKind: 'dot_xuat' }),
      nom('o', 'GIAY_KHEN', { nomineeId: 'q', achievementRef: 'cuu-nguoi' }), // another person, same wording
    ];
    const r = byId(evaluateYearQuotas(list, DEFAULT_SETTINGS), 'quota.sameAchievement');
    expect(r.verdict).toBe('fail');
    expect(r.nominationIds).toEqual(['g', 'b']);
  });
});
