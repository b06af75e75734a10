/**
 * Schema of a nomination (đề nghị khen thưởng, SPEC §2). The input is what a form edits; status,
 * steps, the eligibility snapshot, meeting and decision are written only by lifecycle operations.
 */
import { z } from 'zod';
import type { EligibilityResult } from '../../domain/eligibility/types';
import { count, idSchema, isoDate, isoDateTime, jsonValue, oneOf, optionalId, optionalText, recordSchema, requiredName, requiredText, yearSchema } from './common';
import { AWARD_KINDS, disciplineLevelSchema, awardCodeSchema } from './registers';

export const NOMINATION_STATUSES = [
  'draft', 'received', 'appraised', 'voted', 'decided', 'forwarded', 'awarded', 'not_awarded', 'withdrawn',
] as const;

export const nomineeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('person'), personId: idSchema }),
    z.object({ kind: z.literal('unit'), unitId: idSchema }),
    z.object({
      kind: z.literal('household'),
      name: requiredName('Tên hộ gia đình', 200),
      address: requiredText('Địa chỉ hộ gia đình', 300),
    }),
  ],
  { error: 'Đối tượng đề nghị không hợp lệ.' },
);
export type Nominee = z.output<typeof nomineeSchema>;

/** A nominee as the flat subject fields of an award record and of the forms: one filled, the others empty. */
export function nomineeSubjectFields(nominee: Nominee) {
  return {
    personId: nominee.kind === 'person' ? nominee.personId : null,
    unitId: nominee.kind === 'unit' ? nominee.unitId : null,
    householdName: nominee.kind === 'household' ? nominee.name : '',
    householdAddress: nominee.kind === 'household' ? nominee.address : '',
  };
}

/**
 * Initiative (sáng kiến) or science topic and its recognition, as the domain reads it: an alternative
 * for CSTĐCS, a requirement for CSTĐ tỉnh (Luật TĐKT 2022 Đ22–23).
 */
export const initiativeSchema = z.object({
  title: requiredName('Tên sáng kiến/đề tài', 500),
  kind: oneOf(['initiative', 'researchTopic'] as const, 'Loại (sáng kiến/đề tài)').default('initiative'),
  recognised: z.boolean().default(true),
  level: oneOf(['grassroots', 'province', 'national'] as const, 'Cấp công nhận'),
  year: yearSchema('Năm công nhận'),
  recognitionNo: optionalText('Số văn bản công nhận', 100),
  /** Who recognised it (Hội đồng sáng kiến cơ sở, Hội đồng khoa học tỉnh, Sở …): CSTĐ tỉnh needs a province body (Luật TĐKT 2022 Đ22). */
  recognisedBy: optionalText('Cơ quan công nhận', 300),
});

/** A person's recorded yes/no on a rule that needs judgement (e.g. "gương mẫu chấp hành"), with its evidence. */
export const judgementSchema = z.object({
  ruleId: requiredText('Mã tiêu chí', 100),
  value: z.boolean({ error: 'Đánh giá phải là Có hoặc Không.' }),
  evidence: optionalText('Căn cứ đánh giá', 2000),
});

/** Holds stop a nomination while the nominee is under review (NĐ 152/2025 Đ4, DOMAIN.md §3.3). */
export const HOLD_KINDS = ['discipline', 'investigation', 'inspection', 'complaint'] as const;
export const holdSchema = z.object({
  kind: oneOf(HOLD_KINDS, 'Loại tạm dừng'),
  active: z.boolean().default(true),
  note: optionalText('Lý do', 1000),
  /** When a discipline ended: only achievements after it count. */
  endedOn: isoDate('Ngày kết thúc').nullable().default(null),
});

/**
 * Facts about a collective's members for TTLĐTT/TTLĐXS (Luật TĐKT 2022 Đ27–28), as entered by the
 * unit. When null, they are counted from the people registered in the unit and their awards.
 */
export const unitStatsSchema = z.object({
  memberCount: count('Số thành viên'),
  ldttCount: count('Số Lao động tiên tiến'),
  cstdcsCount: count('Số Chiến sĩ thi đua cơ sở'),
  womenCount: count('Số nữ').nullable().default(null),
  allMembersCompleteTasks: z.boolean().nullable().default(null),
  highestMemberDiscipline: disciplineLevelSchema.nullable().default(null),
  /** Rank in its cụm/khối thi đua (1 = leader), for Cờ thi đua. */
  blockRank: count('Thứ hạng trong khối').nullable().default(null),
});

export const dossierPartSchema = z.object({
  present: z.boolean().default(false),
  documentId: optionalId,
  note: optionalText('Ghi chú hồ sơ', 500),
});

export const nominationInputSchema = z.object({
  nominee: nomineeSchema,
  year: yearSchema('Năm đề nghị'),
  titleCode: awardCodeSchema,
  awardKind: oneOf(AWARD_KINDS, 'Loại hình khen thưởng').default('cong_trang'),
  proposingUnitId: idSchema,
  movementId: optionalId,
  achievementSummary: optionalText('Tóm tắt thành tích', 10_000),
  /** Identifies the achievement cited, so one achievement is not rewarded twice (NĐ 152/2025 Đ4.1). */
  achievementRef: optionalText('Thành tích làm căn cứ', 300),
  initiatives: z.array(initiativeSchema).max(20).default([]),
  unitStats: unitStatsSchema.nullable().default(null),
  judgements: z.array(judgementSchema).max(100).default([]),
  holds: z.array(holdSchema).max(20).default([]),
  /** Dossier checklist (thành phần hồ sơ): part id from the domain's checklist → what is there. */
  dossier: z.record(z.string().max(100), dossierPartSchema).default({}),
  note: optionalText('Ghi chú'),
});

export const stepSchema = z.object({
  from: oneOf(NOMINATION_STATUSES, 'Trạng thái'),
  to: oneOf(NOMINATION_STATUSES, 'Trạng thái'),
  kind: oneOf(['advance', 'sendBack', 'reverse'] as const, 'Loại bước'),
  at: isoDateTime,
  actor: z.string().max(200),
  reason: z.string().max(2000),
});
export type NominationStep = z.output<typeof stepSchema>;

export const decisionRefSchema = z.object({
  number: requiredText('Số quyết định', 100),
  date: isoDate('Ngày quyết định'),
  issuer: requiredText('Cơ quan ban hành quyết định', 300),
});
export type DecisionRef = z.output<typeof decisionRefSchema>;

export const nominationRecordSchema = recordSchema(nominationInputSchema, {
  status: oneOf(NOMINATION_STATUSES, 'Trạng thái'),
  steps: z.array(stepSchema).max(500),
  /** "p:<personId>", "u:<unitId>" or "h:<search key of name|address>": one index for duplicates and references. */
  nomineeKey: z.string().max(600),
  /** Result of the domain's evaluateEligibility at the last save, kept as shown then. */
  eligibility: z.object({ evaluatedAt: isoDateTime, result: jsonValue as z.ZodType<EligibilityResult> }).nullable(),
  meetingId: optionalId,
  decision: decisionRefSchema.nullable(),
});
export type NominationInput = z.input<typeof nominationInputSchema>;
export type Nomination = z.output<typeof nominationRecordSchema>;
