/**
 * The ward's rule settings as a form (SPEC §1: thresholds, quorum, quotas, deadlines, targets, base
 * salary by date). What the user saves becomes `settingsOverrides`; the domain's checks
 * (validateSettings) run on the result and their messages land next to the field.
 */
import { z } from 'zod';
import { DEFAULT_SETTINGS, validateSettings } from '../../domain/settings';
import type { WardSettings } from '../../domain/settings';
import type { NameSortOrder } from '../../domain/text';
import type { TitleCode } from '../../domain/vocabulary';

/** Titles whose ballot is compulsory and threshold settable (DOMAIN.md §4). */
export const BALLOT_TITLES = ['CSTDCS', 'CSTD_TINH', 'CO_THI_DUA_TINH'] as const satisfies readonly TitleCode[];

const number = (label: string) => z.number({ error: `${label} phải là số.` });
const percent = (label: string) =>
  number(label).gt(0, `${label} phải lớn hơn 0.`).max(100, `${label} không được quá 100.`);
const wholeNumber = (label: string) => number(label).int(`${label} phải là số nguyên.`).min(0, `${label} không được âm.`);

/** How person names sort in lists (DOMAIN.md §9). */
export const NAME_SORT_ORDER_LABELS: Record<NameSortOrder, string> = {
  givenMiddleFamily: 'Tên, rồi tên đệm, rồi họ (Nguyễn Văn An trước Lê Xuân An)',
  givenFamilyMiddle: 'Tên, rồi họ và tên đệm (Lê Xuân An trước Nguyễn Văn An)',
};

/** Day and month of a yearly deadline typed as dd/MM, stored as the domain's "MM-DD". */
const dayMonth = z
  .string()
  .regex(/^(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])$/, 'Mốc ngày phải có dạng ngày/tháng, ví dụ 10/12.');

export const settingsFormSchema = z
  .object({
    ballotThresholds: z.object({
      CSTDCS: percent('Ngưỡng phiếu CSTĐCS'),
      CSTD_TINH: percent('Ngưỡng phiếu CSTĐ cấp tỉnh'),
      CO_THI_DUA_TINH: percent('Ngưỡng phiếu Cờ thi đua'),
    }),
    quorumNumerator: wholeNumber('Tử số'),
    quorumDenominator: wholeNumber('Mẫu số').min(1, 'Mẫu số phải lớn hơn 0.'),
    awardSessionQuorumPercent: percent('Tỷ lệ dự phiên xét khen thưởng').nullable(),
    cstdcsMaxShareOfLdtt: percent('Tỷ lệ tối đa CSTĐCS/LĐTT').nullable(),
    memberLdttSharePercent: percent('Tỷ lệ thành viên đạt LĐTT'),
    goodDeedsDueDay: wholeNumber('Ngày cuối nộp báo cáo').min(1, 'Ngày cuối nộp báo cáo phải từ ngày 1.').max(28, 'Ngày cuối nộp báo cáo không quá ngày 28.'),
    goodDeedsYearlyTarget: wholeNumber('Chỉ tiêu điển hình'),
    publicNoticeDays: wholeNumber('Số ngày công khai'),
    upwardDeadline: dayMonth,
    familyPublicNoticeDays: wholeNumber('Số ngày niêm yết danh sách Gia đình văn hóa'),
    familyDecisionDays: wholeNumber('Số ngày ra quyết định Gia đình văn hóa'),
    familyReviewDeadline: dayMonth,
    registrationRequiredBy: z.string().trim().max(500, 'Trích dẫn văn bản yêu cầu đăng ký thi đua không được dài quá 500 ký tự.'),
    nameSortOrder: z.enum(['givenMiddleFamily', 'givenFamilyMiddle'], { error: 'Cách xếp tên không hợp lệ.' }),
    baseSalaryHistory: z
      .array(
        z.object({
          from: z.string({ error: 'Ngày hiệu lực không hợp lệ.' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày hiệu lực không hợp lệ.'),
          amount: wholeNumber('Mức lương cơ sở').min(1, 'Mức lương cơ sở phải dương.'),
        }),
      )
      .min(1, 'Cần ít nhất một mức lương cơ sở.'),
  })
  .superRefine((values, ctx) => {
    for (const issue of validateSettings(toSettings(values, DEFAULT_SETTINGS))) {
      ctx.addIssue({ code: 'custom', path: [FIELD_OF_SETTING[issue.field] ?? issue.field], message: issue.message });
    }
  });

export type SettingsFormValues = z.input<typeof settingsFormSchema>;
export type SettingsFormOutput = z.output<typeof settingsFormSchema>;

/** Where a domain settings issue shows in the form. */
const FIELD_OF_SETTING: Partial<Record<keyof WardSettings, string>> = {
  ballotThresholdPercent: 'ballotThresholds.CSTDCS',
  quorumNumerator: 'quorumNumerator',
  upwardDeadline: 'upwardDeadline',
  familyReviewDeadline: 'familyReviewDeadline',
};

/** "10/12" → "12-10"; anything else is returned as typed for validateSettings to report. */
function toMonthDay(dayMonthText: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(dayMonthText.trim());
  return m ? `${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : dayMonthText;
}

function toDayMonth(monthDay: string): string {
  const [month, day] = monthDay.split('-');
  return `${day}/${month}`;
}

/** Settings in force → form values. */
export function settingsToForm(settings: WardSettings): SettingsFormValues {
  const thresholds = settings.ballotThresholdPercent;
  return {
    ballotThresholds: {
      CSTDCS: thresholds.CSTDCS ?? 80,
      CSTD_TINH: thresholds.CSTD_TINH ?? 80,
      CO_THI_DUA_TINH: thresholds.CO_THI_DUA_TINH ?? 80,
    },
    quorumNumerator: settings.quorumNumerator,
    quorumDenominator: settings.quorumDenominator,
    awardSessionQuorumPercent: settings.awardSessionQuorumPercent,
    cstdcsMaxShareOfLdtt: settings.cstdcsMaxShareOfLdtt,
    memberLdttSharePercent: settings.memberLdttSharePercent,
    goodDeedsDueDay: settings.goodDeedsDueDay,
    goodDeedsYearlyTarget: settings.goodDeedsYearlyTarget,
    publicNoticeDays: settings.publicNoticeDays,
    upwardDeadline: toDayMonth(settings.upwardDeadline),
    familyPublicNoticeDays: settings.familyPublicNoticeDays,
    familyDecisionDays: settings.familyDecisionDays,
    familyReviewDeadline: toDayMonth(settings.familyReviewDeadline),
    registrationRequiredBy: settings.registrationRequiredBy,
    nameSortOrder: settings.nameSortOrder,
    baseSalaryHistory: settings.baseSalaryHistory.map((s) => ({ ...s })),
  };
}

/** Form values applied on top of `base`: the settings the ward will run on. */
export function toSettings(values: SettingsFormOutput, base: WardSettings): WardSettings {
  return {
    ...base,
    ballotThresholdPercent: { ...base.ballotThresholdPercent, ...values.ballotThresholds },
    quorumNumerator: values.quorumNumerator,
    quorumDenominator: values.quorumDenominator,
    awardSessionQuorumPercent: values.awardSessionQuorumPercent,
    cstdcsMaxShareOfLdtt: values.cstdcsMaxShareOfLdtt,
    memberLdttSharePercent: values.memberLdttSharePercent,
    goodDeedsDueDay: values.goodDeedsDueDay,
    goodDeedsYearlyTarget: values.goodDeedsYearlyTarget,
    publicNoticeDays: values.publicNoticeDays,
    upwardDeadline: toMonthDay(values.upwardDeadline),
    familyPublicNoticeDays: values.familyPublicNoticeDays,
    familyDecisionDays: values.familyDecisionDays,
    familyReviewDeadline: toMonthDay(values.familyReviewDeadline),
    registrationRequiredBy: values.registrationRequiredBy,
    nameSortOrder: values.nameSortOrder,
    baseSalaryHistory: [...values.baseSalaryHistory].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  };
}

/**
 * The overrides to store: the previous ones with the edited settings replaced. Keys not edited here
 * (dossier checklists, classification bands…) stay as they were.
 */
export function settingsOverridesFrom(
  values: SettingsFormOutput,
  previous: Record<string, unknown>,
): Record<string, unknown> {
  const settings = toSettings(values, DEFAULT_SETTINGS);
  const edited: (keyof WardSettings)[] = [
    'ballotThresholdPercent', 'quorumNumerator', 'quorumDenominator', 'awardSessionQuorumPercent', 'cstdcsMaxShareOfLdtt',
    'memberLdttSharePercent', 'goodDeedsDueDay', 'goodDeedsYearlyTarget', 'publicNoticeDays', 'upwardDeadline',
    'familyPublicNoticeDays', 'familyDecisionDays', 'familyReviewDeadline', 'baseSalaryHistory', 'nameSortOrder', 'registrationRequiredBy',
  ];
  const next: Record<string, unknown> = { ...previous };
  for (const key of edited) next[key] = structuredClone(settings[key]);
  return next;
}
