import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseWomenFirst, evaluateYearQuotas } from '../../../src-renderer/domain/eligibility';
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
    // No woman among them: nothing separates the candidates, so every one is concerned by the council's choice.
    expect(r.nominationIds).toHaveLength(over === 0 ? 0 : c);
  });

  it('NĐ 152/2025 Đ4.6: when the cap bites, the women-first rule proposes whom to keep instead of leaving the tie to the council', () => {
    const list = [...ldtt(10), nom('man', 'CSTDCS', { nomineeName: 'Nguyễn Văn An' }), nom('woman', 'CSTDCS', { womenPriority: true, nomineeName: 'Lê Thị Bình' })];
    const r = byId(evaluateYearQuotas(list, { cstdcsMaxShareOfLdtt: 10 }), 'quota.cstdcsShare');
    expect(r.nominationIds).toEqual(['man']);
    expect(r.reason).toBe(
      '2 đề nghị CSTĐCS, vượt mức tối đa 1 (10 % của 10 LĐTT); cần bớt 1 đề nghị. '
        + 'Đề xuất ưu tiên nữ theo Khoản 6 Điều 4 NĐ 152/2025: giữ 1 đề nghị của nữ (Lê Thị Bình); bớt 1 đề nghị của nam (Nguyễn Văn An).',
    );
    expect(r.reason).not.toContain('Hội đồng quyết định');
    expect(r.reference).toContain('Khoản 6 Điều 4 NĐ 152/2025');
  });

  it('NĐ 152/2025 Đ4.6: the council decides only among those the rule cannot separate', () => {
    const women = ['w1', 'w2', 'w3'].map((id) => nom(id, 'CSTDCS', { womenPriority: true }));
    const men = ['m1', 'm2'].map((id) => nom(id, 'CSTDCS'));
    // 2 places for 3 women and 2 men: the men go, two of the three women stay (council).
    let r = byId(evaluateYearQuotas([...ldtt(10), ...men, ...women], { cstdcsMaxShareOfLdtt: 20 }), 'quota.cstdcsShare');
    expect(r.reason).toContain('Đề xuất ưu tiên nữ theo Khoản 6 Điều 4 NĐ 152/2025: bớt 2 đề nghị của nam (Người m1, Người m2).');
    expect(r.reason).toContain('Còn ngang nhau 3 đề nghị (Người w1, Người w2, Người w3) cho 2 suất, Hội đồng quyết định.');
    expect(r.nominationIds).toEqual(['m1', 'm2', 'w1', 'w2', 'w3']);
    // 4 places: the three women stay, one of the two men (council).
    r = byId(evaluateYearQuotas([...ldtt(20), ...men, ...women], { cstdcsMaxShareOfLdtt: 20 }), 'quota.cstdcsShare');
    expect(r.reason).toContain('giữ 3 đề nghị của nữ (Người w1, Người w2, Người w3). Còn ngang nhau 2 đề nghị (Người m1, Người m2) cho 1 suất, Hội đồng quyết định.');
    expect(r.nominationIds).toEqual(['m1', 'm2']);
    // All men: the rule does not separate them, and says so.
    r = byId(evaluateYearQuotas([...ldtt(10), ...men, nom('m3', 'CSTDCS')], { cstdcsMaxShareOfLdtt: 20 }), 'quota.cstdcsShare');
    expect(r.reason).toContain('Các đề nghị đều ngang nhau theo ưu tiên nữ (Khoản 6 Điều 4 NĐ 152/2025): 3 đề nghị (Người m1, Người m2, Người m3) cho 2 suất, Hội đồng quyết định.');
    // A cap of no places: every nomination goes, nothing to choose.
    r = byId(evaluateYearQuotas([...ldtt(3), ...men, ...women], { cstdcsMaxShareOfLdtt: 10 }), 'quota.cstdcsShare');
    expect(r.reason).toBe('5 đề nghị CSTĐCS, vượt mức tối đa 0 (10 % của 3 LĐTT); cần bớt 5 đề nghị.');
    expect(r.nominationIds).toHaveLength(5);
  });

  it('a long list of names is cut after eight', () => {
    const men = Array.from({ length: 12 }, (_, i) => nom(`m${i}`, 'CSTDCS'));
    const r = byId(evaluateYearQuotas([...ldtt(10), ...men, nom('w', 'CSTDCS', { womenPriority: true })], { cstdcsMaxShareOfLdtt: 10 }), 'quota.cstdcsShare');
    expect(r.reason).toContain('bớt 12 đề nghị của nam (Người m0, Người m1, Người m2, Người m3, Người m4, Người m5, Người m6, Người m7 và 4 người khác).');
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

describe('chooseWomenFirst (NĐ 152/2025 Đ4.6)', () => {
  it('splits any candidates into kept, dropped and the tie left to the council, never a man before a woman (property)', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { maxLength: 30 }), fc.integer({ min: -2, max: 35 }), (sexes, places) => {
      const candidates = sexes.map((woman, i) => ({ i, woman }));
      const c = chooseWomenFirst(candidates, places, (x) => x.woman);
      expect([...c.kept, ...c.dropped, ...c.tied].map((x) => x.i).sort((a, b) => a - b)).toEqual(candidates.map((x) => x.i));
      const open = Math.min(Math.max(0, places), candidates.length);
      expect(c.kept.length + c.tiedPlaces).toBe(open);
      expect(c.tiedPlaces <= c.tied.length).toBe(true);
      // The tie is only ever among equals; a woman is never dropped while a man is kept or still in the running.
      expect(new Set(c.tied.map((x) => x.woman)).size).toBeLessThanOrEqual(1);
      if (c.dropped.some((x) => x.woman)) expect([...c.kept, ...c.tied].some((x) => !x.woman)).toBe(false);
    }));
  });
});
