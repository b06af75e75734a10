import { describe, expect, it } from 'vitest';
import {
  CENTRAL_CITIES, NEUTRAL_REGULATION_REFERENCE, namingOf, provinceAreaName, provinceBodies, provinceKindOf, provinceWithName,
  regulationArticleReference, regulationShortReference, wardLevelWordOf,
} from '../../../src-renderer/domain/province';
import { titleCatalogue, titleInfoFor } from '../../../src-renderer/domain/titles';
import { DEFAULT_SETTINGS, ruleReference, settingReference } from '../../../src-renderer/domain/settings';
import { checkQuorum } from '../../../src-renderer/domain/council';
import { TITLE_CODES } from '../../../src-renderer/domain/vocabulary';

describe('province or centrally-run city (issue 20 item 1)', () => {
  it.each([
    ['Hà Nội', 'city'], ['TP. Hồ Chí Minh', 'city'], ['thành phố Huế', 'city'], ['Hải Phòng', 'city'], ['Đà Nẵng', 'city'],
    ['Cần Thơ', 'city'], ['Khánh Hòa', 'province'], ['Tỉnh Bắc Ninh', 'province'], ['', 'province'],
  ] as const)('%s is a %s', (name, kind) => {
    expect(provinceKindOf(name)).toBe(kind);
  });

  it('knows the six cities and strips the level word a user types', () => {
    expect(CENTRAL_CITIES).toHaveLength(6);
    expect(provinceAreaName('  Tỉnh   Khánh Hòa ')).toBe('Khánh Hòa');
    expect(provinceAreaName('TP Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(provinceKindOf('Thừa Thiên Huế')).toBe('province');
  });

  it('names the upper bodies for a city and a province', () => {
    expect(provinceBodies('city', 'Hà Nội')).toEqual({
      committee: 'Ủy ban nhân dân thành phố Hà Nội',
      chairman: 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội',
      council: 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội',
      standingBody: 'Sở Nội vụ thành phố Hà Nội',
    });
    expect(provinceBodies('province', 'Khánh Hòa').chairman).toBe('Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa');
    expect(provinceWithName('city', 'Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });

  it('names the awards of a city "thành phố", never "tỉnh"', () => {
    const city = titleCatalogue({ provinceKind: 'city', wardWord: 'phường' });
    expect(city.BANG_KHEN_TINH.label).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân thành phố');
    expect(city.CO_THI_DUA_TINH.label).toBe('Cờ thi đua của Ủy ban nhân dân thành phố');
    expect(city.CSTD_TINH.label).toBe('Chiến sĩ thi đua thành phố');
    for (const code of TITLE_CODES) {
      expect(`${city[code].label} ${city[code].shortLabel} ${city[code].decider}`).not.toMatch(/tỉnh/);
    }
  });

  it('keeps the province names for a province, and names a commune\'s own awards "xã"', () => {
    expect(titleInfoFor('BANG_KHEN_TINH').label).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(titleInfoFor('CSTD_TINH').label).toBe('Chiến sĩ thi đua cấp tỉnh');
    const commune = namingOf({ name: 'Xã Một', provinceKind: 'province' });
    expect(commune.wardWord).toBe('xã');
    expect(titleInfoFor('GIAY_KHEN', commune).label).toBe('Giấy khen của Chủ tịch Ủy ban nhân dân xã');
    expect(titleInfoFor('XA_TIEU_BIEU', commune).label).toBe('Xã tiêu biểu');
    expect(wardLevelWordOf('Đặc khu Một')).toBe('đặc khu');
    expect(namingOf(undefined)).toEqual({ provinceKind: 'province', wardWord: 'phường' });
  });
});

describe('citing the ward\'s own regulation (issue 12 item 10)', () => {
  const regulation = { number: '86/2025/QĐ-UBND', date: '2025-12-03', issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh', title: 'Quy chế' };

  it('cites the neutral wording when no regulation or pack is on record', () => {
    expect(regulationShortReference(undefined)).toBe(NEUTRAL_REGULATION_REFERENCE);
    expect(regulationArticleReference(null, 'Đ8.4')).toBe('Quy chế làm việc của Hội đồng');
    expect(regulationArticleReference(regulation, 'Đ8.4')).toBe('QĐ 86/2025/QĐ-UBND Đ8.4');
    expect(regulationArticleReference(regulation)).toBe('QĐ 86/2025/QĐ-UBND');
  });

  it('never cites another province by default: the quorum and every setting', () => {
    const quorum = checkQuorum({ totalMembers: 9, presentMembers: 6 }, DEFAULT_SETTINGS);
    expect(quorum.reference).toBe('Quy chế làm việc của Hội đồng');
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[]) {
      expect(settingReference(DEFAULT_SETTINGS, key)).not.toMatch(/Bắc Ninh|Khánh Hòa|Ninh Hà|DOMAIN|\[[PUS]\]/);
    }
  });

  it('cites the pack\'s article when the ward has one', () => {
    const settings = { ...DEFAULT_SETTINGS, ruleReferences: { quorum: 'QĐ 9/2024/QĐ-UBND Đ12', ttldtt: 'QĐ 9/2024/QĐ-UBND Đ6' } };
    expect(checkQuorum({ totalMembers: 9, presentMembers: 6 }, settings).reference).toBe('QĐ 9/2024/QĐ-UBND Đ12');
    expect(ruleReference(settings, 'ttldtt', 'Luật TĐKT 2022 Đ28')).toBe('Luật TĐKT 2022 Đ28; QĐ 9/2024/QĐ-UBND Đ6');
    expect(ruleReference(settings, 'ttldxs', 'Luật TĐKT 2022 Đ27')).toBe('Luật TĐKT 2022 Đ27');
    expect(settingReference(settings, 'quorumNumerator')).toBe('QĐ 9/2024/QĐ-UBND Đ12');
    expect(settingReference(settings, 'memberLdttSharePercent')).toBe('Luật TĐKT 2022 Đ27, Đ28');
  });
});
