/**
 * Catalogue of the titles (danh hiệu thi đua) and forms (hình thức khen thưởng) a ward awards or
 * proposes upward, with who decides since the 2025 reform (DOMAIN.md §1-4).
 */
import type { AwardCode, LocalTitleCode, SubjectKind, TitleCode } from './vocabulary';
import { isLocalCode, localCode, localIdOf, TITLE_CODES } from './vocabulary';
import { DEFAULT_NAMING, provinceLevelWord, type TitleNaming } from './province';
import type { LocalTitleInForce } from './provincePack';

export interface TitleInfo {
  code: AwardCode;
  /** Full Vietnamese name as printed in documents (without quotes). */
  label: string;
  /** Abbreviation used in tables (LĐTT, CSTĐCS …). */
  shortLabel: string;
  subjectKinds: readonly SubjectKind[];
  /** 'ward': the ward chairman decides; 'upward': the ward proposes to the province. */
  level: 'ward' | 'upward';
  /** Who decides, as of 01/7/2025. */
  decider: string;
  /** Secret ballot compulsory (CSTĐ at every level, Cờ thi đua) — DOMAIN.md §4, NĐ 98/2023 Đ30.7. */
  requiresBallot: boolean;
  /** Emulation title (yearly, Luật TĐKT 2022 Đ19-20) as opposed to a form of commendation. */
  isEmulationTitle: boolean;
  reference: string;
}

const DECIDERS: Record<TitleInfo['level'], string> = {
  ward: 'Chủ tịch Ủy ban nhân dân cấp xã',
  upward: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
};

function entry(
  code: TitleCode, label: string, shortLabel: string, subjectKinds: readonly SubjectKind[], level: TitleInfo['level'],
  reference: string, kind: { ballot?: boolean; form?: boolean } = {},
): TitleInfo & { code: TitleCode } {
  return {
    code, label, shortLabel, subjectKinds, level, decider: DECIDERS[level], reference,
    requiresBallot: kind.ballot ?? false, isEmulationTitle: !kind.form,
  };
}

const ALL_SUBJECTS: readonly SubjectKind[] = ['person', 'unit', 'household'];

export const TITLES: Record<TitleCode, TitleInfo & { code: TitleCode }> = {
  LDTT: entry('LDTT', 'Lao động tiên tiến', 'LĐTT', ['person'], 'ward', 'Luật TĐKT 2022 Đ24; NĐ 129/2025 Đ59'),
  CSTDCS: entry('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'CSTĐCS', ['person'], 'ward', 'Luật TĐKT 2022 Đ23; NĐ 129/2025 Đ59', { ballot: true }),
  CSTD_TINH: entry('CSTD_TINH', 'Chiến sĩ thi đua cấp tỉnh', 'CSTĐ tỉnh', ['person'], 'upward', 'Luật TĐKT 2022 Đ22', { ballot: true }),
  TTLDTT: entry('TTLDTT', 'Tập thể lao động tiên tiến', 'TTLĐTT', ['unit'], 'ward', 'Luật TĐKT 2022 Đ28; NĐ 129/2025 Đ59'),
  TTLDXS: entry('TTLDXS', 'Tập thể lao động xuất sắc', 'TTLĐXS', ['unit'], 'upward', 'Luật TĐKT 2022 Đ27'),
  TDP_VAN_HOA: entry('TDP_VAN_HOA', 'Tổ dân phố văn hóa', 'TDP văn hóa', ['unit'], 'ward', 'Luật TĐKT 2022 Đ30; NĐ 86/2023; NĐ 129/2025 Đ59'),
  GIA_DINH_VAN_HOA: entry('GIA_DINH_VAN_HOA', 'Gia đình văn hóa', 'GĐVH', ['household'], 'ward', 'NĐ 86/2023 PL I'),
  XA_TIEU_BIEU: entry('XA_TIEU_BIEU', 'Phường tiêu biểu', 'Phường tiêu biểu', ['unit'], 'upward', 'Luật TĐKT 2022 Đ29; NĐ 152/2025 Đ50'),
  // National references only: a province's own article (Bắc Ninh Đ3.1, Đ3.3) comes from its pack, in the eligibility rules.
  CO_THI_DUA_TINH: entry('CO_THI_DUA_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'Cờ thi đua tỉnh', ['unit'], 'upward',
    'Luật TĐKT 2022 Đ26', { ballot: true }), // Đ26: [P] in the domain brief §2
  GIAY_KHEN: entry('GIAY_KHEN', 'Giấy khen của Chủ tịch Ủy ban nhân dân phường', 'Giấy khen', ALL_SUBJECTS, 'ward',
    'Luật TĐKT 2022 Đ75', { form: true }),
  BANG_KHEN_TINH: entry('BANG_KHEN_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Bằng khen tỉnh', ALL_SUBJECTS, 'upward',
    'Luật TĐKT 2022 Đ74', { form: true }), // Đ74: [P] in the domain brief §3
};

export function titleInfo(code: TitleCode): TitleInfo & { code: TitleCode } {
  return TITLES[code];
}

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/**
 * A title as a given ward names it: "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố" in a
 * centrally-run city, "Giấy khen của Chủ tịch Ủy ban nhân dân xã" in a commune, "Xã tiêu biểu"
 * (Luật TĐKT 2022 Đ22, Đ26, Đ29, Đ74, Đ75 name the level, not a fixed "tỉnh").
 */
export function titleInfoFor(code: TitleCode, naming: TitleNaming = DEFAULT_NAMING): TitleInfo {
  const info = TITLES[code];
  const city = naming.provinceKind === 'city';
  const level = provinceLevelWord(naming.provinceKind);
  const decider = info.level === 'upward' && city ? 'Chủ tịch Ủy ban nhân dân thành phố' : info.decider;
  const named = (label: string, shortLabel: string): TitleInfo => ({ ...info, label, shortLabel, decider });
  switch (code) {
    case 'CSTD_TINH':
      return city ? named('Chiến sĩ thi đua thành phố', 'CSTĐ thành phố') : info;
    case 'CO_THI_DUA_TINH':
      return named(`Cờ thi đua của Ủy ban nhân dân ${level}`, `Cờ thi đua ${level}`);
    case 'BANG_KHEN_TINH':
      return named(`Bằng khen của Chủ tịch Ủy ban nhân dân ${level}`, `Bằng khen ${level}`);
    case 'GIAY_KHEN':
      return named(`Giấy khen của Chủ tịch Ủy ban nhân dân ${naming.wardWord}`, info.shortLabel);
    case 'XA_TIEU_BIEU': {
      const label = `${capitalised(naming.wardWord)} tiêu biểu`;
      return named(label, label);
    }
    default:
      return decider === info.decider ? info : { ...info, decider };
  }
}

/**
 * A province pack's own title as the catalogue shows it: the ward chairman decides it (NĐ 129/2025
 * Đ59, where the province allows it) or the ward proposes it upward; the pack's article is its reference.
 */
export function localTitleInfo(title: LocalTitleInForce, naming: TitleNaming = DEFAULT_NAMING): TitleInfo {
  return {
    code: localCode(title.id),
    label: title.label,
    shortLabel: title.shortLabel,
    subjectKinds: title.subjectKinds,
    level: title.conferredBy,
    decider: title.conferredBy === 'ward' ? DECIDERS.ward : `Chủ tịch Ủy ban nhân dân ${provinceLevelWord(naming.provinceKind)}`,
    requiresBallot: title.secretBallot,
    // A province's own award is paid as a form of commendation, beside the yearly titles (NĐ 152/2025 Đ49.6).
    isEmulationTitle: false,
    reference: title.reference,
  };
}

/** What a ward needs to name any title it nominates: its naming and its pack's own titles. */
export interface TitleContext {
  naming: TitleNaming;
  localTitles: readonly LocalTitleInForce[];
}

const NATIONAL_ONLY: TitleContext = { naming: DEFAULT_NAMING, localTitles: [] };

/** The local title a code names, in the pack in force. */
export function localTitleFor(code: AwardCode, context: Pick<TitleContext, 'localTitles'>): LocalTitleInForce | undefined {
  return isLocalCode(code) ? context.localTitles.find((t) => t.id === localIdOf(code)) : undefined;
}

/** A local code whose title is no longer in the pack (the pack was replaced): named by its id, decided by nobody. */
function withdrawnLocalInfo(code: LocalTitleCode): TitleInfo {
  const label = `Danh hiệu riêng “${localIdOf(code)}” (không còn trong quy định của tỉnh, thành phố)`;
  return {
    code, label, shortLabel: localIdOf(code), subjectKinds: [], level: 'ward', decider: DECIDERS.ward,
    requiresBallot: false, isEmulationTitle: false, reference: '',
  };
}

/** Any title a ward nominates (national or its pack's own), named as the ward names it. */
export function awardTitleInfo(code: AwardCode, context: TitleContext = NATIONAL_ONLY): TitleInfo {
  if (!isLocalCode(code)) return titleInfoFor(code, context.naming);
  const local = localTitleFor(code, context);
  return local ? localTitleInfo(local, context.naming) : withdrawnLocalInfo(code);
}

/**
 * The whole catalogue as a ward names it, its pack's own titles included. A local code the pack no
 * longer has still reads (by its id), so an old nomination or award never breaks a list.
 */
export type TitleCatalogue = Readonly<Record<TitleCode, TitleInfo>> & { readonly [code: LocalTitleCode]: TitleInfo };

export function titleCatalogue(naming: TitleNaming = DEFAULT_NAMING, localTitles: readonly LocalTitleInForce[] = []): TitleCatalogue {
  const entries: Record<string, TitleInfo> = Object.fromEntries(TITLE_CODES.map((code) => [code, titleInfoFor(code, naming)]));
  for (const t of localTitles) entries[localCode(t.id)] = localTitleInfo(t, naming);
  return new Proxy(entries, {
    get: (target, key) => (typeof key === 'string' && isLocalCode(key) && !Object.hasOwn(target, key) ? withdrawnLocalInfo(key) : Reflect.get(target, key)),
  }) as TitleCatalogue;
}

/** The codes a ward may nominate: the national ones, then its pack's own. */
export function awardCodes(context: Pick<TitleContext, 'localTitles'>): AwardCode[] {
  return [...TITLE_CODES, ...context.localTitles.map((t) => localCode(t.id))];
}

/** Titles the ward chairman decides, or those it proposes upward. */
export function titlesAtLevel(level: TitleInfo['level']): TitleCode[] {
  return TITLE_CODES.filter((code) => TITLES[code].level === level);
}

/** Titles and forms open to a kind of nominee. */
export function titlesForSubject(kind: SubjectKind): TitleCode[] {
  return TITLE_CODES.filter((code) => TITLES[code].subjectKinds.includes(kind));
}
