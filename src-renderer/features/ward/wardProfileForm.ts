/**
 * Pure logic of the ward profile form: defaults derived from the ward's name, and the upper level
 * chosen from the two presets (province since 01/7/2025, town before — DOMAIN.md §1), then editable.
 */
import type { z } from 'zod';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { makeUpperLevel } from '../../domain/settings';
import { provinceBodies, provinceKindOf, type ProvinceKind } from '../../domain/province';
import { placeNameOf, upperVi } from '../../domain/text';
import { wardProfileInputSchema } from '../../data/schemas';
import type { WardProfile, WardProfileInput } from '../../data/schemas';

export type WardProfileFormValues = WardProfileInput;
export type WardProfileFormOutput = z.output<typeof wardProfileInputSchema>;
export type UpperLevelValues = WardProfileInput['upperLevel'];
export type UpperLevelPreset = UpperLevelValues['preset'];

/**
 * The preset's texts: "Hội đồng TĐKT tỉnh Khánh Hòa" or "… thành phố Hà Nội", "Chủ tịch UBND …" via
 * Sở Nội vụ, or the town's. The address is the ward's own data and is kept as typed.
 */
export function upperLevelFromPreset(
  preset: UpperLevelPreset, areaName: string, provinceKind: ProvinceKind = provinceKindOf(areaName), address = '',
): UpperLevelValues {
  if (preset === 'custom' || !areaName.trim()) {
    return { preset, councilName: '', authorityTitle: '', recipientLine: '', viaAgency: '', address };
  }
  const level = makeUpperLevel(preset, areaName, provinceKind);
  return {
    preset,
    councilName: level.councilName,
    authorityTitle: level.authority,
    recipientLine: level.authority,
    viaAgency: level.standingBody ?? '',
    address,
  };
}

/** The regulation's fields as the form shows them when the ward has none yet. */
export const BLANK_REGULATION = { number: '', date: '', issuer: '', title: '' };

/** Fresh values: the ward's name is enough, the rest is derived on save by completeWardProfile. */
export function emptyWardProfile(): WardProfileFormValues {
  return {
    name: '',
    headerParent: '',
    headerIssuer: '',
    councilName: '',
    placeName: '',
    province: '',
    upperLevel: upperLevelFromPreset('province', ''),
    chairman: { name: '', title: 'Chủ tịch' },
    viceChairs: [],
    standingMember: { name: '', title: 'Ủy viên thường trực' },
    settingsOverrides: {},
  };
}

/** Stored profile → form values (the record's own fields dropped). */
export function profileToForm(profile: WardProfile): WardProfileFormValues {
  return {
    name: profile.name,
    headerParent: profile.headerParent,
    headerIssuer: profile.headerIssuer,
    councilName: profile.councilName,
    placeName: profile.placeName,
    province: profile.province,
    provinceKind: profile.provinceKind,
    // Absent stays absent: other screens save this input as is (the profile form shows blank fields itself).
    ...(profile.provinceRegulation ? { provinceRegulation: { ...profile.provinceRegulation } } : {}),
    upperLevel: { ...profile.upperLevel },
    chairman: { ...profile.chairman },
    viceChairs: profile.viceChairs.map((v) => ({ ...v })),
    standingMember: { ...profile.standingMember },
    settingsOverrides: profile.settingsOverrides,
  };
}

/** "Phường Ninh Hà" → "phường Ninh Hà": generic words are lower case inside a sentence (ND 30/2020 PL II). */
function inSentence(name: string): string {
  return name.replace(/^(Phường|Xã|Thị trấn|Đặc khu)(?=\s)/u, (w) => w.toLocaleLowerCase('vi'));
}

/** Who issues the ward's own award decisions: "Chủ tịch Ủy ban nhân dân phường Ninh Hà" (NĐ 129/2025 Đ59). */
export function wardChairmanAuthority(wardName: string): string {
  return `Chủ tịch Ủy ban nhân dân ${inSentence(wardName.trim())}`;
}

/**
 * Fills what the user left blank from the ward's name and province: the issuing body "ỦY BAN NHÂN
 * DÂN PHƯỜNG …", the council "Hội đồng Thi đua - Khen thưởng phường …", the date-line place ("Ninh
 * Hà", ND 30/2020 PL I) and the upper level's texts from its preset. Typed values are never replaced.
 */
export function completeWardProfile(values: WardProfileFormValues): WardProfileFormValues {
  const name = values.name.trim();
  if (!name) return values;
  const province = (values.province ?? '').trim();
  const keep = (typed: string | undefined, fallback: string) => (typed?.trim() ? typed : fallback);
  const upper = values.upperLevel;
  const provinceKind = values.provinceKind ?? provinceKindOf(province);
  const preset = upperLevelFromPreset(upper.preset, province, provinceKind);
  const regulation = values.provinceRegulation;
  // A regulation left wholly blank is no regulation; a half-filled one is kept for the schema to report.
  const regulationTyped = regulation && Object.values(regulation).some((v) => typeof v === 'string' && v.trim());
  const { provinceRegulation: _blank, ...rest } = values;
  return {
    ...rest,
    ...(regulationTyped ? { provinceRegulation: { ...regulation, date: regulation.date ?? '' } } : {}),
    provinceKind,
    headerParent: keep(values.headerParent, province ? upperVi(provinceBodies(provinceKind, province).committee) : ''),
    headerIssuer: keep(values.headerIssuer, upperVi(`Ủy ban nhân dân ${name}`)),
    councilName: keep(values.councilName, `Hội đồng Thi đua - Khen thưởng ${inSentence(name)}`),
    placeName: keep(values.placeName, placeNameOf(name)),
    upperLevel: {
      preset: upper.preset,
      councilName: keep(upper.councilName, preset.councilName ?? ''),
      authorityTitle: keep(upper.authorityTitle, preset.authorityTitle ?? ''),
      recipientLine: keep(upper.recipientLine, preset.recipientLine ?? ''),
      viaAgency: keep(upper.viaAgency, preset.viaAgency ?? ''),
      address: upper.address ?? '',
    },
  };
}

const schemaResolver = zodResolver(wardProfileInputSchema);

/** Validation as the form runs it: blanks completed first, so the ward's name alone suffices. */
export const wardProfileResolver: Resolver<WardProfileFormValues, unknown, WardProfileFormOutput> = (values, context, options) =>
  schemaResolver(completeWardProfile(values), context, options);
