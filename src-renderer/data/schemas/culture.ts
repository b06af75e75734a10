/**
 * The yearly Gia đình văn hóa review of one tổ dân phố (NĐ 86/2023 Đ7): the households assessed as
 * qualifying, the public posting for residents' comments, the dossier (Mẫu 01–03) and the chairman's
 * decision. There is no attendance or approval share: the 60 % rules of NĐ 122/2018 were repealed.
 */
import { z } from 'zod';
import { idSchema, isoDate, optionalText, recordSchema, requiredName, yearSchema } from './common';

export const cultureHouseholdSchema = z.object({
  name: requiredName('Tên chủ hộ', 200),
  address: optionalText('Địa chỉ hộ', 300),
  /** Residents' comments received while the list was posted (Mẫu 02). */
  comment: optionalText('Ý kiến của người dân', 1000),
  /** Still proposed after the comments. */
  proposed: z.boolean().default(true),
});
export type CultureHousehold = z.output<typeof cultureHouseholdSchema>;

/** The dossier parts to the ward chairman, NĐ 86/2023 Đ7.1. */
export const CULTURE_DOSSIER_PARTS = ['proposal', 'householdList', 'reviewMinutes'] as const;
export type CultureDossierPart = (typeof CULTURE_DOSSIER_PARTS)[number];

export const cultureReviewInputSchema = z.object({
  unitId: idSchema,
  year: yearSchema('Năm bình xét'),
  households: z.array(cultureHouseholdSchema).max(5000).default([]),
  postedOn: isoDate('Ngày niêm yết').nullable().default(null),
  dossier: z
    .object({ proposal: z.boolean().default(false), householdList: z.boolean().default(false), reviewMinutes: z.boolean().default(false) })
    .default({ proposal: false, householdList: false, reviewMinutes: false }),
  /** The day the ward received the complete dossier: the chairman's decision time runs from it. */
  dossierCompleteOn: isoDate('Ngày nhận đủ hồ sơ').nullable().default(null),
  decisionNo: optionalText('Số quyết định', 100),
  decisionDate: isoDate('Ngày quyết định').nullable().default(null),
  note: optionalText('Ghi chú'),
});
export const cultureReviewRecordSchema = recordSchema(cultureReviewInputSchema, {});
export type CultureReviewInput = z.input<typeof cultureReviewInputSchema>;
export type CultureReview = z.output<typeof cultureReviewRecordSchema>;
