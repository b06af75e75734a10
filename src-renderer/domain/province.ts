/**
 * The province level of a ward, as words: since 01/7/2025 the level above a ward is a province
 * (tỉnh) or one of six centrally-run cities (thành phố trực thuộc trung ương), Luật Tổ chức CQĐP
 * 72/2025/QH15 and the 2025 merger to 34 provinces and cities. Every name that mentions that level —
 * the upper bodies, the award names, the screens' wording — follows from the ward profile's
 * `provinceKind`, never from a constant "tỉnh" (DOMAIN.md §1).
 */
import { searchKey } from './text';

export type ProvinceKind = 'province' | 'city';

/** The six centrally-run cities after 01/7/2025 (Nghị quyết 202/2025/QH15). */
export const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'] as const;

const PREFIX = /^\s*(tỉnh|thành phố|tp\.?|t\.p\.?)\s+/iu;

/** "TP. Hồ Chí Minh", "thành phố Huế", "Tỉnh Khánh Hòa" → "Hồ Chí Minh", "Huế", "Khánh Hòa". */
export function provinceAreaName(typed: string): string {
  return typed.normalize('NFC').replace(PREFIX, '').replace(/\s+/g, ' ').trim();
}

/** Whether a typed province name is one of the centrally-run cities ("Hoà"/"Hòa" alike). */
export function provinceKindOf(typed: string): ProvinceKind {
  const key = searchKey(provinceAreaName(typed));
  return CENTRAL_CITIES.some((city) => searchKey(city) === key) ? 'city' : 'province';
}

/** "tỉnh" or "thành phố", as the generic word inside a sentence (NĐ 30/2020 PL II: lower case). */
export function provinceLevelWord(kind: ProvinceKind): 'tỉnh' | 'thành phố' {
  return kind === 'city' ? 'thành phố' : 'tỉnh';
}

/**
 * The level with its proper name: "tỉnh Khánh Hòa", "thành phố Hà Nội"; "Thành phố Hồ Chí Minh"
 * keeps its capital T, the word being part of the city's name.
 */
export function provinceWithName(kind: ProvinceKind, area: string): string {
  const name = provinceAreaName(area);
  if (kind === 'city' && searchKey(name) === searchKey('Hồ Chí Minh')) return `Thành phố ${name}`;
  return `${provinceLevelWord(kind)} ${name}`;
}

/** The upper bodies of a ward, named for its province or city. */
export interface ProvinceBodies {
  /** "Ủy ban nhân dân thành phố Hà Nội". */
  committee: string;
  /** "Chủ tịch Ủy ban nhân dân thành phố Hà Nội": decides upward awards. */
  chairman: string;
  /** "Hội đồng Thi đua - Khen thưởng thành phố Hà Nội". */
  council: string;
  /** "Sở Nội vụ thành phố Hà Nội": the council's standing body receiving dossiers. */
  standingBody: string;
}

export function provinceBodies(kind: ProvinceKind, area: string): ProvinceBodies {
  const place = provinceWithName(kind, area);
  return {
    committee: `Ủy ban nhân dân ${place}`,
    chairman: `Chủ tịch Ủy ban nhân dân ${place}`,
    council: `Hội đồng Thi đua - Khen thưởng ${place}`,
    standingBody: `Sở Nội vụ ${place}`,
  };
}

/** The ward's own level word: "phường", "xã" or "đặc khu", read from its official name. */
export type WardLevelWord = 'phường' | 'xã' | 'đặc khu';

export function wardLevelWordOf(wardName: string): WardLevelWord {
  const key = searchKey(wardName);
  if (key.startsWith('xa ')) return 'xã';
  if (key.startsWith('dac khu ')) return 'đặc khu';
  return 'phường';
}

/** What award names depend on: the province's kind and the ward's own level word. */
export interface TitleNaming {
  provinceKind: ProvinceKind;
  wardWord: WardLevelWord;
}

export const DEFAULT_NAMING: TitleNaming = { provinceKind: 'province', wardWord: 'phường' };

/** The naming of a ward from its profile's name and province kind. */
export function namingOf(profile: { name?: string; provinceKind?: ProvinceKind } | undefined): TitleNaming {
  return {
    provinceKind: profile?.provinceKind ?? 'province',
    wardWord: wardLevelWordOf(profile?.name ?? ''),
  };
}

/** A province's TĐKT regulation (quy chế thi đua, khen thưởng), cited in decisions and on screens. */
export interface ProvinceRegulation {
  /** "9/2024/QĐ-UBND". */
  number: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  /** "Ủy ban nhân dân tỉnh Khánh Hòa". */
  issuer: string;
  /** "Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Khánh Hòa". */
  title: string;
}

/** Cited when the ward has no provincial regulation on record (issue 12 item 10). */
export const NEUTRAL_REGULATION_REFERENCE = 'Quy chế làm việc của Hội đồng';

/** Short reference shown beside a rule: "QĐ 9/2024/QĐ-UBND", or the neutral wording. */
export function regulationShortReference(regulation: ProvinceRegulation | null | undefined): string {
  const number = regulation?.number.trim();
  return number ? `QĐ ${number}` : NEUTRAL_REGULATION_REFERENCE;
}

/** A rule's reference under the ward's regulation: "QĐ 86/2025/QĐ-UBND Đ8.4", or the neutral wording. */
export function regulationArticleReference(regulation: ProvinceRegulation | null | undefined, article?: string): string {
  const short = regulationShortReference(regulation);
  return regulation?.number.trim() && article?.trim() ? `${short} ${article.trim()}` : short;
}
