/**
 * The province pack file (docs/province-pack.md), validated whole: every field has a Vietnamese
 * message, unknown keys are refused (a rule the app does not know must not be silently ignored), and
 * the merged rules must pass the same checks as the settings screen (validateSettings).
 */
import { z } from 'zod';
import {
  PACK_SETTING_KEYS, PACK_SETTING_LABELS, PROVINCE_PACK_FORMAT, PROVINCE_PACK_FORMAT_VERSION, type PackSettingKey,
  type ProvincePack,
} from '../../domain/provincePack';
import { DEFAULT_SETTINGS, RULE_REFERENCE_KEYS, RULE_REFERENCE_LABELS, validateSettings } from '../../domain/settings';
import { DISCIPLINE_LEVELS } from '../../domain/eligibility/types';
import type { DisciplineLevel } from '../../domain/eligibility/types';
import { TITLE_CODES, type TitleCode } from '../../domain/vocabulary';
import { isoDate, requiredName, requiredText } from './common';

const titleCodeSchema = z.enum(TITLE_CODES as readonly TitleCode[] as [TitleCode, ...TitleCode[]], {
  error: 'Danh hiệu/hình thức không có trong danh mục.',
});

/**
 * The province's TĐKT regulation (quy chế thi đua, khen thưởng): documents cite it in their bases
 * and screens cite its articles. Optional on the profile: a new ward has none until it enters one or loads a pack.
 */
export const provinceRegulationSchema = z.object({
  number: requiredText('Số quy chế của tỉnh', 100),
  date: isoDate('Ngày ban hành quy chế của tỉnh'),
  issuer: requiredText('Cơ quan ban hành quy chế của tỉnh', 300),
  title: requiredName('Trích yếu quy chế của tỉnh', 500),
});

const SUBJECTS = ['person', 'unit', 'household'] as const;
const monthDay = (label: string) =>
  z.string({ error: `${label} phải có dạng tháng-ngày.` }).regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, `${label} phải có dạng MM-DD, ví dụ 12-10.`);
const percent = (label: string) =>
  z.number({ error: `${label} phải là số.` }).gt(0, `${label} phải lớn hơn 0.`).max(100, `${label} không được quá 100 %.`);
const whole = (label: string, max = 1000) =>
  z.number({ error: `${label} phải là số.` }).int(`${label} phải là số nguyên.`).min(0, `${label} không được âm.`).max(max, `${label} quá lớn.`);
const coefficient = (label: string) =>
  z.number({ error: `${label} phải là số.` }).min(0, `${label} không được âm.`).max(100, `${label} quá lớn (tối đa 100 lần lương cơ sở).`);
const flag = (label: string) => z.boolean({ error: `${label} phải là có/không (true/false).` });
const article = (label: string) => z.string({ error: `${label} phải là văn bản.` }).trim().max(100, `${label} quá dài.`);
const perSubject = (label: string) => z.strictObject({
  person: coefficient(`${label} (cá nhân)`).optional(),
  unit: coefficient(`${label} (tập thể)`).optional(),
  household: coefficient(`${label} (hộ gia đình)`).optional(),
});
const titleRecord = <T extends z.ZodType>(value: T) =>
  z.partialRecord(titleCodeSchema, value);

const dossierPartSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Mã thành phần hồ sơ không hợp lệ.'),
  label: requiredText('Tên thành phần hồ sơ', 300),
  required: flag('Thành phần bắt buộc'),
  generatable: flag('Ứng dụng tự lập'),
  documentKind: z.enum(['submission', 'meetingMinutes', 'ballotPaper', 'voteCountMinutes', 'decision', 'personalReport',
    'collectiveReport', 'scoreTable', 'goodDeedsLetter', 'annualReport', 'movementPlan'], { error: 'Loại văn bản của thành phần hồ sơ không hợp lệ.' }).optional(),
});

const settingSchemas: Record<PackSettingKey, z.ZodType> = {
  ballotThresholdPercent: titleRecord(percent('Ngưỡng phiếu bầu')),
  majorityBase: z.enum(['totalMembers', 'presentMembers'], { error: 'Cơ sở tính đa số phải là tổng số thành viên hoặc số thành viên dự họp.' }),
  quorumNumerator: whole('Tử số tỷ lệ dự họp', 100),
  quorumDenominator: whole('Mẫu số tỷ lệ dự họp', 100).min(1, 'Mẫu số tỷ lệ dự họp phải lớn hơn 0.'),
  awardSessionQuorumPercent: percent('Tỷ lệ dự phiên xét khen thưởng').nullable(),
  cstdcsMaxShareOfLdtt: percent('Tỷ lệ tối đa CSTĐCS/LĐTT').nullable(),
  memberLdttSharePercent: percent('Tỷ lệ thành viên đạt LĐTT'),
  cstdTinhConsecutiveCstdcsYears: whole('Số năm CSTĐCS liên tục (CSTĐ cấp tỉnh)', 10).min(1, 'Số năm CSTĐCS liên tục phải từ 1.'),
  bangKhenConsecutiveCstdcsYears: whole('Số năm CSTĐCS liên tục (Bằng khen)', 10).min(1, 'Số năm CSTĐCS liên tục phải từ 1.'),
  ttldxsBarsDisciplinedMembers: flag('Không xét TTLĐXS khi có thành viên bị kỷ luật'),
  personDisciplineBarsTitles: flag('Cá nhân bị kỷ luật không xét danh hiệu'),
  goodDeedsDueDay: whole('Hạn nộp báo cáo Người tốt, việc tốt', 28).min(1, 'Hạn nộp báo cáo phải từ ngày 1.'),
  goodDeedsYearlyTarget: whole('Chỉ tiêu điển hình mỗi năm'),
  publicNoticeDays: whole('Số ngày công khai danh sách', 60),
  familyPublicNoticeDays: whole('Số ngày niêm yết danh sách Gia đình văn hóa', 60),
  familyReviewDeadline: monthDay('Mốc bình xét Gia đình văn hóa'),
  upwardDeadline: monthDay('Hạn gửi hồ sơ lên cấp trên'),
  upwardThematicLeadDays: whole('Số ngày gửi hồ sơ trước lễ tổng kết chuyên đề', 365),
  upwardDossier: z.strictObject({
    format: z.enum(['wordAndPdf', 'pdf', 'paper'], { error: 'Hình thức gửi hồ sơ phải là Word và PDF, chỉ PDF hoặc bản giấy.' }),
    paperCopies: whole('Số bộ hồ sơ bản giấy', 20),
  }),
  rewardCoefficients: titleRecord(perSubject('Hệ số tiền thưởng')),
  dossierChecklists: titleRecord(z.array(dossierPartSchema).min(1, 'Mỗi danh hiệu cần ít nhất một thành phần hồ sơ.').max(30)),
};

const packSettingsSchema = z.strictObject(
  Object.fromEntries(PACK_SETTING_KEYS.map((key) => [key, settingSchemas[key].optional()])) as Record<PackSettingKey, z.ZodOptional<z.ZodType>>,
);

const localTitleSchema = z.strictObject({
  id: z.string({ error: 'Mã danh hiệu riêng phải là văn bản.' }).regex(/^[a-z0-9-]{1,40}$/, 'Mã danh hiệu riêng chỉ gồm chữ thường không dấu, chữ số và gạch nối.'),
  label: requiredName('Tên danh hiệu riêng', 300),
  shortLabel: requiredName('Tên viết tắt của danh hiệu riêng', 100),
  subjectKinds: z.array(z.enum(SUBJECTS, { error: 'Đối tượng xét tặng không hợp lệ.' })).min(1, 'Danh hiệu riêng cần ít nhất một đối tượng xét tặng.'),
  conferredBy: z.enum(['ward', 'upward'], { error: 'Thẩm quyền tặng phải là cấp xã (ward) hoặc cấp trên (upward).' }),
  prerequisites: z.array(z.enum(TITLE_CODES as [string, ...string[]], { error: 'Điều kiện tiên quyết nêu một danh hiệu không có trong danh mục.' })).max(10),
  voteThresholdPercent: percent('Ngưỡng phiếu của danh hiệu riêng').nullable(),
  voteBase: z.enum(['totalMembers', 'presentMembers'], { error: 'Cơ sở tính phiếu phải là tổng số thành viên hoặc số thành viên dự họp.' }),
  secretBallot: flag('Bỏ phiếu kín'),
  disciplineBar: z.enum(DISCIPLINE_LEVELS as [DisciplineLevel, ...DisciplineLevel[]], { error: 'Mức kỷ luật không hợp lệ.' }).nullable(),
  capPerYear: whole('Số lượng tối đa mỗi năm', 100_000).nullable(),
  oncePerLifetime: flag('Chỉ tặng một lần'),
  posthumous: flag('Tặng truy tặng'),
  coefficient: perSubject('Hệ số tiền thưởng của danh hiệu riêng'),
  certificate: flag('Có giấy chứng nhận'),
  fromGoodDeeds: flag('Xét từ sổ Người tốt, việc tốt'),
  deadline: monthDay('Hạn gửi hồ sơ của danh hiệu riêng').nullable(),
  citation: article('Điều khoản quy định danh hiệu riêng').min(1, 'Danh hiệu riêng phải nêu điều khoản của quy chế quy định nó.'),
});

/** A per-ward quota of a province's movement plan ("mỗi phường, xã ít nhất 05 điển hình"); the settings form edits it with this schema. */
export const movementQuotaSchema = z.strictObject({
  movement: requiredName('Tên phong trào có chỉ tiêu', 300),
  quota: whole('Chỉ tiêu mỗi phường, xã', 100_000).min(1, 'Chỉ tiêu mỗi phường, xã phải từ 1 trở lên.'),
  unit: requiredText('Đơn vị tính của chỉ tiêu', 100),
  citation: article('Căn cứ của chỉ tiêu'),
});

const citationsSchema = z.strictObject(
  Object.fromEntries(RULE_REFERENCE_KEYS.map((key) => [key, article(`Căn cứ “${RULE_REFERENCE_LABELS[key]}”`).optional()])) as Record<string, z.ZodOptional<z.ZodString>>,
);

export const provincePackSchema = z.strictObject({
  format: z.literal(PROVINCE_PACK_FORMAT, { error: 'Tệp không phải gói quy định của tỉnh (thiếu dấu hiệu “thidua-province-pack”).' }),
  formatVersion: z.literal(PROVINCE_PACK_FORMAT_VERSION, { error: `Gói quy định dùng định dạng khác; ứng dụng này đọc định dạng phiên bản ${PROVINCE_PACK_FORMAT_VERSION}.` }),
  province: z.strictObject({
    name: requiredName('Tên tỉnh, thành phố', 100),
    kind: z.enum(['province', 'city'], { error: 'Cấp phải là tỉnh (province) hoặc thành phố trực thuộc trung ương (city).' }),
  }),
  revision: z.number({ error: 'Lần ban hành gói phải là số.' }).int('Lần ban hành gói phải là số nguyên.').min(1, 'Lần ban hành gói phải từ 1.'),
  issuedOn: isoDate('Ngày lập gói'),
  regulation: provinceRegulationSchema,
  verificationNote: z.string({ error: 'Ghi chú đối chiếu phải là văn bản.' }).trim().max(1000, 'Ghi chú đối chiếu quá dài.'),
  citations: citationsSchema,
  settings: packSettingsSchema,
  titleDeadlines: titleRecord(monthDay('Hạn gửi hồ sơ theo danh hiệu')),
  submission: z.strictObject({
    channel: requiredText('Cách gửi hồ sơ', 500),
    formats: z.array(z.enum(['docx', 'pdf', 'paper'], { error: 'Định dạng hồ sơ phải là docx, pdf hoặc paper.' })).min(1, 'Cần ít nhất một định dạng hồ sơ.'),
  }),
  localTitles: z.array(localTitleSchema).max(50, 'Gói có quá nhiều danh hiệu riêng (tối đa 50).'),
  movementQuotas: z.array(movementQuotaSchema).max(100, 'Gói có quá nhiều chỉ tiêu phong trào (tối đa 100).'),
});

/** Where in the pack a problem is, in words: "Danh hiệu riêng 1 › Ngưỡng phiếu". */
function where(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    if (key === 'settings' && typeof path[i + 1] === 'string') {
      parts.push(PACK_SETTING_LABELS[path[i + 1] as PackSettingKey] ?? String(path[i + 1]));
      i += 1;
    } else if (key === 'localTitles' && typeof path[i + 1] === 'number') {
      parts.push(`Danh hiệu riêng thứ ${(path[i + 1] as number) + 1}`);
      i += 1;
    } else if (key === 'movementQuotas' && typeof path[i + 1] === 'number') {
      parts.push(`Chỉ tiêu phong trào thứ ${(path[i + 1] as number) + 1}`);
      i += 1;
    }
  }
  return parts.length > 0 ? `${parts.join(' › ')}: ` : '';
}

function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${where(issue.path)}Gói có mục ứng dụng không hiểu (${issue.keys.map((k) => `“${k}”`).join(', ')}); gói bị từ chối để không bỏ sót quy định nào.`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `${where(issue.path)}Thiếu mục “${String(issue.path[issue.path.length - 1] ?? '')}”. ${issue.message}`;
  }
  return `${where(issue.path)}${issue.message}`;
}

export type PackValidation = { ok: true; pack: ProvincePack } | { ok: false; reasons: string[] };

/**
 * Validates a parsed pack whole: every reason at once, in Vietnamese. The merged rules must also
 * pass the settings screen's checks (a quorum above 1, a threshold over 100 …).
 */
export function validateProvincePack(value: unknown): PackValidation {
  const parsed = provincePackSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reasons: [...new Set(parsed.error.issues.map(reasonOf))] };
  const pack = parsed.data as ProvincePack;
  const reasons = validateSettings({ ...DEFAULT_SETTINGS, ...pack.settings }).map((issue) => issue.message);
  const ids = pack.localTitles.map((t) => t.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) reasons.push(`Mã danh hiệu riêng bị trùng: ${[...new Set(repeated)].join(', ')}.`);
  for (const t of pack.localTitles) {
    if (t.conferredBy === 'upward' && t.fromGoodDeeds) reasons.push(`“${t.label}”: danh hiệu xét từ sổ Người tốt, việc tốt phải do cấp xã tặng.`);
  }
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, pack };
}
