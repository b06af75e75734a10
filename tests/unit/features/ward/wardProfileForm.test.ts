import { describe, expect, it } from 'vitest';
import {
  completeWardProfile, emptyWardProfile, profileToForm, upperLevelFromPreset, wardChairmanAuthority, wardProfileResolver,
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
      address: '',
    });
  });

  it('names a centrally-run city "thành phố" everywhere, from its name alone (issue 20 item 1)', () => {
    const done = completeWardProfile(named('Phường Ba Đình', 'TP. Hà Nội'));
    expect(done.provinceKind).toBe('city');
    expect(done.headerParent).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI');
    expect(done.upperLevel).toMatchObject({
      councilName: 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội',
      authorityTitle: 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội',
      viaAgency: 'Sở Nội vụ thành phố Hà Nội',
    });
    for (const text of [done.headerParent, ...Object.values(done.upperLevel)]) expect(String(text)).not.toMatch(/tỉnh/i);
  });

  it('keeps a chosen kind over the name, and the upper body\'s address as typed', () => {
    const values = { ...named('Phường Một', 'Khánh Hòa'), provinceKind: 'city' as const };
    values.upperLevel = { ...values.upperLevel, address: 'Số 1 đường Trung tâm' };
    const done = completeWardProfile(values);
    expect(done.upperLevel.authorityTitle).toBe('Chủ tịch Ủy ban nhân dân thành phố Khánh Hòa');
    expect(done.upperLevel.address).toBe('Số 1 đường Trung tâm');
  });

  it('gives other screens a profile input without a regulation when the ward has none (they save it as is)', async () => {
    const { saveWardProfile, getWardProfile } = await import('../../../../src-renderer/data/registers');
    const { freshDb } = await import('../../data/helpers');
    const { signIn } = await import('../../../../src-renderer/data/currentUser');
    const db = freshDb();
    signIn('Cán bộ VH-XH', 'standing');
    await saveWardProfile(db, completeWardProfile(named('Phường Một', 'Khánh Hòa')));
    const input = profileToForm((await getWardProfile(db))!);
    expect(input.provinceRegulation).toBeUndefined();
    await expect(saveWardProfile(db, { ...input, settingsOverrides: { goodDeedsDueDay: 10 } })).resolves.toBeDefined();
  });

  it('drops a wholly blank regulation and reports a half-filled one in Vietnamese (issue 12 item 10)', async () => {
    const blank = await resolve(named('Phường Một', 'Khánh Hòa'));
    expect(blank.errors).toEqual({});
    expect((blank.values as WardProfileFormValues).provinceRegulation).toBeUndefined();
    const half = await resolve({ ...named('Phường Một', 'Khánh Hòa'), provinceRegulation: { number: '9/2024/QĐ-UBND', date: '', issuer: '', title: '' } });
    expect(half.errors.provinceRegulation).toBeDefined();
    const full = await resolve({
      ...named('Phường Một', 'Khánh Hòa'),
      provinceRegulation: { number: '9/2024/QĐ-UBND', date: '2024-05-09', issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', title: 'Ban hành Quy chế thi đua, khen thưởng' },
    });
    expect(full.errors).toEqual({});
    expect((full.values as WardProfileFormValues).provinceRegulation?.number).toBe('9/2024/QĐ-UBND');
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
