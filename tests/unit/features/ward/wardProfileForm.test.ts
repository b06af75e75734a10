import { describe, expect, it } from 'vitest';
import {
  completeWardProfile, emptyWardProfile, upperLevelFromPreset, wardChairmanAuthority, wardProfileResolver,
} from '../../../../src-renderer/features/ward/wardProfileForm';
import type { WardProfileFormValues } from '../../../../src-renderer/features/ward/wardProfileForm';

const named = (name: string, province = ''): WardProfileFormValues => ({ ...emptyWardProfile(), name, province });

async function resolve(values: WardProfileFormValues) {
  return wardProfileResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('ward profile form', () => {
  it('derives the header lines, council and date-line place from the name (ND 30/2020 PL I, II)', () => {
    const done = completeWardProfile(named('Phường Ninh Hà', 'Khánh Hòa'));
    expect(done.headerIssuer).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ');
    expect(done.headerParent).toBe('ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA');
    expect(done.councilName).toBe('Hội đồng Thi đua - Khen thưởng phường Ninh Hà');
    expect(done.placeName).toBe('Ninh Hà');
  });

  it('keeps a numbered ward whole in the date line', () => {
    expect(completeWardProfile(named('Phường 12')).placeName).toBe('Phường 12');
  });

  it('fills the province preset since 01/7/2025: provincial council, chairman, via Sở Nội vụ (DOMAIN.md §1)', () => {
    const upper = completeWardProfile(named('Phường Ninh Hà', 'Khánh Hòa')).upperLevel;
    expect(upper).toEqual({
      preset: 'province',
      councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa',
      authorityTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
      recipientLine: 'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
      viaAgency: 'Sở Nội vụ tỉnh Khánh Hòa',
    });
  });

  it('offers the town preset of before the reform, without a standing body', () => {
    expect(upperLevelFromPreset('town', 'Ninh Hòa')).toMatchObject({
      councilName: 'Hội đồng Thi đua - Khen thưởng thị xã Ninh Hòa',
      authorityTitle: 'Chủ tịch Ủy ban nhân dân thị xã Ninh Hòa',
      viaAgency: '',
    });
    expect(upperLevelFromPreset('custom', 'Ninh Hòa').councilName).toBe('');
  });

  it('never overwrites what the user typed', () => {
    const typed = { ...named('Phường Ninh Hà', 'Khánh Hòa'), headerIssuer: 'UBND PHƯỜNG NINH HÀ', placeName: 'Ninh Hòa' };
    typed.upperLevel = { ...typed.upperLevel, councilName: 'Hội đồng riêng' };
    const done = completeWardProfile(typed);
    expect(done.headerIssuer).toBe('UBND PHƯỜNG NINH HÀ');
    expect(done.placeName).toBe('Ninh Hòa');
    expect(done.upperLevel.councilName).toBe('Hội đồng riêng');
  });

  it('accepts a ward name alone, and puts the message next to an empty name', async () => {
    const ok = await resolve(named('Xã Ninh Hà'));
    expect(ok.errors).toEqual({});
    expect((ok.values as WardProfileFormValues).councilName).toBe('Hội đồng Thi đua - Khen thưởng xã Ninh Hà');
    const missing = await resolve(named('   '));
    expect(missing.errors.name?.message).toBe('Tên phường/xã không được để trống.');
  });

  it('names the ward chairman as the decider of ward awards (NĐ 129/2025 Đ59)', () => {
    expect(wardChairmanAuthority('Phường Ninh Hà')).toBe('Chủ tịch Ủy ban nhân dân phường Ninh Hà');
  });
});
