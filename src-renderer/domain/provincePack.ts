/**
 * A province pack (gói quy định của tỉnh): what one province's TĐKT regulation sets for its wards, as
 * data the province's TĐKT office can prepare once and hand to every ward (docs/province-pack.md).
 * NĐ 152/2025 Đ6.2.c lets provinces detail ward-level rules; this is where those details live, each
 * with the article of the regulation that sets it. Pure: merging a pack into the rules in force and
 * saying, in Vietnamese, what a new pack changes.
 */
import type { DisciplineLevel } from './eligibility/types';
import { DISCIPLINE_LABELS } from './eligibility/types';
import { regulationArticleReference, type ProvinceKind, type ProvinceRegulation } from './province';
import { DEFAULT_SETTINGS, RULE_REFERENCE_LABELS, type RuleReferenceKey, type WardSettings } from './settings';
import { formatNumber, formatPercent } from './text';
import type { SubjectKind, TitleCode } from './vocabulary';
import { SUBJECT_KIND_LABELS } from './vocabulary';

export const PROVINCE_PACK_FORMAT = 'thidua-province-pack';
export const PROVINCE_PACK_FORMAT_VERSION = 1 as const;

/** The WardSettings a province may set through its pack; the ward's own choices (bands, sorting…) stay the ward's. */
export const PACK_SETTING_KEYS = [
  'ballotThresholdPercent', 'majorityBase', 'quorumNumerator', 'quorumDenominator', 'awardSessionQuorumPercent',
  'cstdcsMaxShareOfLdtt', 'memberLdttSharePercent', 'cstdTinhConsecutiveCstdcsYears', 'bangKhenConsecutiveCstdcsYears',
  'ttldxsBarsDisciplinedMembers', 'personDisciplineBarsTitles', 'goodDeedsDueDay', 'goodDeedsYearlyTarget',
  'publicNoticeDays', 'familyPublicNoticeDays', 'familyReviewDeadline', 'upwardDeadline', 'upwardThematicLeadDays',
  'upwardDossier', 'rewardCoefficients', 'dossierChecklists',
] as const satisfies readonly (keyof WardSettings)[];
export type PackSettingKey = (typeof PACK_SETTING_KEYS)[number];
export type PackSettings = Partial<Pick<WardSettings, PackSettingKey>>;

/** Vietnamese names of the pack's settings, for the change list and the refusal reasons. */
export const PACK_SETTING_LABELS: Record<PackSettingKey, string> = {
  ballotThresholdPercent: 'Ngưỡng phiếu bầu',
  majorityBase: 'Cơ sở tính đa số',
  quorumNumerator: 'Tỷ lệ dự họp tối thiểu (tử số)',
  quorumDenominator: 'Tỷ lệ dự họp tối thiểu (mẫu số)',
  awardSessionQuorumPercent: 'Tỷ lệ dự phiên xét khen thưởng',
  cstdcsMaxShareOfLdtt: 'Tỷ lệ tối đa CSTĐCS/LĐTT',
  memberLdttSharePercent: 'Tỷ lệ thành viên đạt LĐTT của tập thể',
  cstdTinhConsecutiveCstdcsYears: 'Số năm liên tục CSTĐCS để xét CSTĐ cấp tỉnh',
  bangKhenConsecutiveCstdcsYears: 'Số năm liên tục CSTĐCS làm căn cứ Bằng khen',
  ttldxsBarsDisciplinedMembers: 'Không xét TTLĐXS khi có thành viên bị kỷ luật',
  personDisciplineBarsTitles: 'Cá nhân bị kỷ luật không xét danh hiệu',
  goodDeedsDueDay: 'Hạn nộp báo cáo Người tốt, việc tốt',
  goodDeedsYearlyTarget: 'Chỉ tiêu điển hình mỗi năm',
  publicNoticeDays: 'Số ngày công khai danh sách',
  familyPublicNoticeDays: 'Số ngày niêm yết danh sách Gia đình văn hóa',
  familyReviewDeadline: 'Mốc hoàn thành bình xét Gia đình văn hóa',
  upwardDeadline: 'Hạn gửi hồ sơ tổng kết năm lên cấp trên',
  upwardThematicLeadDays: 'Số ngày gửi hồ sơ trước lễ tổng kết chuyên đề',
  upwardDossier: 'Hình thức gửi hồ sơ lên cấp trên',
  rewardCoefficients: 'Hệ số tiền thưởng',
  dossierChecklists: 'Thành phần hồ sơ',
};

/** Who confers a local title: the ward chairman (NĐ 129/2025 Đ59 where the province allows it) or upward. */
export type ConferredBy = 'ward' | 'upward';

/**
 * A province's own title or form, with its rules as the engine's parameters. Example: a city's
 * "Người tốt, việc tốt" conferred by the ward chairman with a certificate and 0,3 × lương cơ sở.
 */
export interface LocalTitle {
  /** Stable id inside the pack: lower-case letters, digits and dashes. */
  id: string;
  label: string;
  shortLabel: string;
  subjectKinds: SubjectKind[];
  conferredBy: ConferredBy;
  /** Titles the nominee must already hold (any year before), e.g. LĐTT. */
  prerequisites: TitleCode[];
  /** Agree votes needed, in %, of the base; null = a simple majority of the base. */
  voteThresholdPercent: number | null;
  voteBase: 'totalMembers' | 'presentMembers';
  secretBallot: boolean;
  /** A discipline at this level or above in the year bars the nominee; null = no bar. */
  disciplineBar: DisciplineLevel | null;
  /** At most this many awards of the title per ward per year; null = no cap. */
  capPerYear: number | null;
  oncePerLifetime: boolean;
  posthumous: boolean;
  /** × lương cơ sở per subject kind; a missing kind is paid nothing. */
  coefficient: Partial<Record<SubjectKind, number>>;
  certificate: boolean;
  /** Nominated from vetted good-deeds reports (issue 20 item 4). */
  fromGoodDeeds: boolean;
  /** `MM-DD` the dossier is due, when the title has its own deadline. */
  deadline: string | null;
  /** Article of the regulation that creates the title ("Đ12"); required. */
  citation: string;
}

/** A local title as the ward applies it: with its article printed ("QĐ 5/2025/QĐ-UBND Đ12"). */
export interface LocalTitleInForce extends LocalTitle {
  reference: string;
}

/** A per-ward quota a movement plan sets ("mỗi phường ít nhất 5 điển hình"). */
export interface MovementQuota {
  movement: string;
  quota: number;
  unit: string;
  citation: string;
}

export interface ProvincePack {
  format: typeof PROVINCE_PACK_FORMAT;
  formatVersion: typeof PROVINCE_PACK_FORMAT_VERSION;
  province: { name: string; kind: ProvinceKind };
  /** The pack's own revision: a newer revision of the same province replaces an older one. */
  revision: number;
  /** ISO date the pack was prepared. */
  issuedOn: string;
  regulation: ProvinceRegulation;
  /** Shown to the ward when the pack still has to be checked (e.g. against a successor regulation). */
  verificationNote: string;
  /** Article of the regulation per rule ("Đ8.4"); "" cites the regulation as a whole. */
  citations: Partial<Record<RuleReferenceKey, string>>;
  settings: PackSettings;
  /** `MM-DD` per title whose upward dossier is due on its own day (else `upwardDeadline`). */
  titleDeadlines: Partial<Record<TitleCode, string>>;
  /** How dossiers go up: the channel in words and the file formats asked for. */
  submission: { channel: string; formats: ('docx' | 'pdf' | 'paper')[] };
  localTitles: LocalTitle[];
  movementQuotas: MovementQuota[];
}

/** The citations a pack gives, as screens show them: "QĐ 86/2025/QĐ-UBND Đ8.4". */
export function packRuleReferences(pack: ProvincePack): Partial<Record<RuleReferenceKey, string>> {
  return Object.fromEntries(
    Object.entries(pack.citations).map(([key, article]) => [key, regulationArticleReference(pack.regulation, article)]),
  );
}

/**
 * The rules in force with a pack: national defaults, then the pack's settings and citations, then
 * the ward's own overrides (a ward may still adjust what its province allows).
 */
export function settingsWithPack(
  pack: ProvincePack | undefined, overrides: Partial<WardSettings>, base: WardSettings = DEFAULT_SETTINGS,
): WardSettings {
  // Document texts are stored per whole record: one saved before a document type existed lacks it and takes the default.
  const texts = {
    documentBases: { ...base.documentBases, ...overrides.documentBases },
    documentRecipients: { ...base.documentRecipients, ...overrides.documentRecipients },
  };
  if (!pack) return { ...base, ...overrides, ...texts };
  const localTitles = pack.localTitles.map((t) => ({ ...t, reference: regulationArticleReference(pack.regulation, t.citation) }));
  return { ...base, ...pack.settings, ...overrides, ...texts, ruleReferences: packRuleReferences(pack), localTitles, titleDeadlines: { ...pack.titleDeadlines } };
}

/** The local title a pack defines under this id, if any. */
export function localTitleOf(pack: ProvincePack | undefined, id: string): LocalTitle | undefined {
  return pack?.localTitles.find((t) => t.id === id);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'không áp dụng';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value || '(trống)';
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "CSTĐCS: 80 → 90; Giấy khen: …": what changes in a per-title record of numbers. */
function recordChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !same(before[k], after[k]));
  return keys.map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`).join('; ');
}

function describeLocalTitle(t: LocalTitle): string {
  const vote = t.voteThresholdPercent === null ? 'đa số' : formatPercent(t.voteThresholdPercent);
  const base = t.voteBase === 'totalMembers' ? 'tổng số thành viên' : 'số thành viên dự họp';
  const bar = t.disciplineBar ? `, không xét khi bị kỷ luật từ ${DISCIPLINE_LABELS[t.disciplineBar]}` : '';
  const money = Object.entries(t.coefficient).map(([k, c]) => `${SUBJECT_KIND_LABELS[k as SubjectKind].toLowerCase()} ${formatNumber(c!)} lần`).join(', ');
  return `“${t.label}” (${t.conferredBy === 'ward' ? 'Chủ tịch UBND cấp xã tặng' : 'đề nghị cấp trên'}; phiếu ${vote} ${base}${bar}${money ? `; thưởng ${money} lương cơ sở` : ''})`;
}

/**
 * What replacing `current` by `next` changes, one Vietnamese line each, so the ward sees it before
 * accepting (issue 20 item 2). An empty list means the packs say the same.
 */
export function describePackChanges(current: ProvincePack | undefined, next: ProvincePack): string[] {
  const lines: string[] = [];
  if (!current) {
    lines.push(`Áp dụng quy định của ${next.province.kind === 'city' ? 'thành phố' : 'tỉnh'} ${next.province.name} (lần ${next.revision}) thay cho mặc định toàn quốc.`);
  } else if (current.province.name !== next.province.name) {
    lines.push(`Đổi tỉnh, thành phố: ${current.province.name} → ${next.province.name}.`);
  } else if (current.revision !== next.revision) {
    lines.push(`Gói quy định: lần ${current.revision} → lần ${next.revision}.`);
  }
  const reg = (r: ProvinceRegulation | undefined) => (r ? `Quyết định số ${r.number} ngày ${r.date} của ${r.issuer}` : 'chưa có');
  if (!same(current?.regulation, next.regulation)) lines.push(`Quy chế thi đua, khen thưởng: ${reg(current?.regulation)} → ${reg(next.regulation)}.`);
  for (const key of PACK_SETTING_KEYS) {
    const before = current ? (current.settings[key] ?? DEFAULT_SETTINGS[key]) : DEFAULT_SETTINGS[key];
    const after = next.settings[key] ?? DEFAULT_SETTINGS[key];
    if (same(before, after)) continue;
    const detail = typeof after === 'object' && after !== null && !Array.isArray(after) && key !== 'dossierChecklists'
      ? recordChanges(before as Record<string, unknown>, after as Record<string, unknown>)
      : key === 'dossierChecklists' ? 'thay đổi danh mục giấy tờ' : `${show(before)} → ${show(after)}`;
    lines.push(`${PACK_SETTING_LABELS[key]}: ${detail}.`);
  }
  for (const key of Object.keys(RULE_REFERENCE_LABELS) as RuleReferenceKey[]) {
    const before = current?.citations[key];
    const after = next.citations[key];
    if (before !== after && current) lines.push(`Căn cứ “${RULE_REFERENCE_LABELS[key]}”: ${show(before)} → ${show(after)}.`);
  }
  const titlesBefore = new Map((current?.localTitles ?? []).map((t) => [t.id, t]));
  for (const t of next.localTitles) {
    const old = titlesBefore.get(t.id);
    if (!old) lines.push(`Thêm danh hiệu, hình thức riêng: ${describeLocalTitle(t)}.`);
    else if (!same(old, t)) lines.push(`Sửa ${describeLocalTitle(old)} thành ${describeLocalTitle(t)}.`);
    titlesBefore.delete(t.id);
  }
  for (const t of titlesBefore.values()) lines.push(`Bỏ danh hiệu, hình thức riêng “${t.label}”.`);
  if (!same(current?.titleDeadlines ?? {}, next.titleDeadlines)) {
    lines.push(`Hạn gửi hồ sơ theo danh hiệu: ${recordChanges(current?.titleDeadlines ?? {}, next.titleDeadlines) || 'không đổi'}.`);
  }
  if (!same(current?.movementQuotas ?? [], next.movementQuotas)) {
    lines.push(`Chỉ tiêu phong trào cho mỗi phường, xã: ${next.movementQuotas.map((q) => `${q.movement}: ${q.quota} ${q.unit}`).join('; ') || 'không có'}.`);
  }
  if (!same(current?.submission, next.submission)) lines.push(`Cách gửi hồ sơ: ${next.submission.channel}.`);
  return lines;
}
