/**
 * Schemas of the registers (danh mục, SPEC §1): ward profile, emulation blocks, units, people,
 * council members, emulation movements, award history. One input schema per entity (what a form
 * edits) and one record schema (what is stored: input + base fields + derived index fields).
 */
import { z } from 'zod';
import { cleanName } from '../../domain/text';
import { TITLE_CODES } from '../../domain/vocabulary';
import type { TitleCode } from '../../domain/vocabulary';
import { DISCIPLINE_LEVELS } from '../../domain/eligibility/types';
import type { DisciplineLevel } from '../../domain/eligibility/types';
import { count, idSchema, isoDate, jsonValue, oneOf, optionalId, optionalName, optionalText, recordSchema, requiredName, requiredText, yearSchema } from './common';
import { provincePackSchema, provinceRegulationSchema } from './provincePack';

export const UNIT_KINDS = ['tdp', 'office', 'front', 'school', 'health', 'police', 'military', 'association', 'other'] as const;
export const GENDERS = ['male', 'female'] as const;
export const TASK_RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export const COUNCIL_ROLES = ['chair', 'vice_chair', 'standing', 'member', 'secretary'] as const;
export const AWARD_KINDS = ['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'doi_ngoai'] as const;
export const SUBJECT_KINDS = ['person', 'unit', 'household'] as const;
export const titleCodeSchema = z.enum(TITLE_CODES as readonly TitleCode[] as [TitleCode, ...TitleCode[]], {
  error: 'Danh hiệu/hình thức không hợp lệ.',
});
/** A national code, or a province pack's own title as "local:<id>" (issue 20); the same id rule as the pack's. */
export const awardCodeSchema = z.union([
  titleCodeSchema,
  z.templateLiteral(['local:', z.string().regex(/^[a-z0-9-]{1,40}$/)]),
], { error: 'Danh hiệu/hình thức không hợp lệ.' });

/** Derived index fields of searchable registers: the diacritic-free key and its words. */
const searchFields = {
  searchKey: z.string().max(1000),
  searchWords: z.array(z.string().max(200)).max(60),
};

/** The yearly rating (xếp loại chất lượng) read by the prerequisite chains, Luật TĐKT 2022 Đ23–24. */
export const yearRatingSchema = z.object({
  year: yearSchema(),
  rating: oneOf(TASK_RATINGS, 'Xếp loại'),
});

const signatorySchema = z.object({
  name: optionalName('Họ tên người ký', 200),
  title: optionalName('Chức danh người ký', 200),
});

/**
 * The upper level that submissions go to is data: a town council before 1/7/2025, the province after
 * (DOMAIN.md §1). The profile's texts are what documents print; history keeps the issuer it had.
 */
export const upperLevelSchema = z.object({
  preset: oneOf(['province', 'town', 'custom'] as const, 'Cấp trên'),
  councilName: optionalText('Hội đồng cấp trên', 300),
  authorityTitle: optionalText('Người có thẩm quyền cấp trên', 300),
  recipientLine: optionalText('Dòng “Kính gửi”', 300),
  viaAgency: optionalText('Cơ quan thường trực cấp trên', 300),
  /** Where paper dossiers go (issue 20): optional, so profiles saved before it stay valid. */
  address: z.string({ error: 'Địa chỉ cấp trên phải là văn bản.' }).trim().max(300, 'Địa chỉ cấp trên không được dài quá 300 ký tự.').optional(),
});

export const wardProfileInputSchema = z.object({
  name: requiredName('Tên phường/xã', 200),
  headerParent: optionalText('Tên cơ quan chủ quản (dòng trên)', 200),
  headerIssuer: requiredText('Tên cơ quan ban hành (dòng dưới)', 200),
  councilName: requiredName('Tên Hội đồng', 200),
  placeName: requiredText('Địa danh ghi ngày tháng', 100),
  province: optionalText('Tỉnh/thành phố', 100),
  /** A province (tỉnh) or a centrally-run city (thành phố): every upper-level name follows it. Absent = derived from `province`. */
  provinceKind: oneOf(['province', 'city'] as const, 'Cấp tỉnh hay thành phố').optional(),
  provinceRegulation: provinceRegulationSchema.optional(),
  /** The province pack the ward applied (docs/province-pack.md); absent = national defaults. */
  provincePack: provincePackSchema.optional(),
  upperLevel: upperLevelSchema,
  chairman: signatorySchema,
  viceChairs: z.array(signatorySchema).max(10).default([]),
  standingMember: signatorySchema,
  /**
   * JSON-safe overrides of the domain's WardSettings (thresholds, quorum, the upper level…); the
   * domain supplies defaults for what is absent, so a province's rules are data (DOMAIN.md §1).
   */
  settingsOverrides: z.record(z.string().max(100), jsonValue).default({}),
});
export const wardProfileRecordSchema = recordSchema(wardProfileInputSchema, {});
export type WardProfileInput = z.input<typeof wardProfileInputSchema>;
export type WardProfile = z.output<typeof wardProfileRecordSchema>;
/** The ward profile is a single row with this id. */
export const WARD_PROFILE_ID = 'ward';

export const blockInputSchema = z.object({
  year: yearSchema(),
  name: requiredName('Tên khối thi đua', 200),
  note: optionalText('Ghi chú'),
});
export const blockRecordSchema = recordSchema(blockInputSchema, {});
export type BlockInput = z.input<typeof blockInputSchema>;
export type Block = z.output<typeof blockRecordSchema>;

export const unitInputSchema = z.object({
  name: requiredName('Tên đơn vị', 300),
  kind: oneOf(UNIT_KINDS, 'Loại đơn vị'),
  blockId: optionalId,
  headName: optionalName('Người đứng đầu', 200),
  address: optionalText('Địa chỉ', 300),
  active: z.boolean({ error: 'Trạng thái hoạt động không hợp lệ.' }).default(true),
  ratings: z.array(yearRatingSchema).max(100).default([]),
  /** Members and women among them, for the women-first tie-break (NĐ 152/2025 Đ4.6); null = not known. */
  memberCount: count('Số thành viên').nullable().default(null),
  womenCount: count('Số nữ').nullable().default(null),
  note: optionalText('Ghi chú'),
});
export const unitRecordSchema = recordSchema(unitInputSchema, searchFields);
export type UnitInput = z.input<typeof unitInputSchema>;
export type Unit = z.output<typeof unitRecordSchema>;

/** Discipline levels (hình thức kỷ luật), lightest first; "cảnh cáo" bars TTLĐTT members (DOMAIN.md §2). */
export const disciplineLevelSchema = z.enum(DISCIPLINE_LEVELS as readonly DisciplineLevel[] as [DisciplineLevel, ...DisciplineLevel[]], {
  error: 'Hình thức kỷ luật không hợp lệ.',
});
export const disciplineSchema = z.object({
  level: disciplineLevelSchema,
  decidedOn: isoDate('Ngày quyết định kỷ luật'),
  endsOn: isoDate('Ngày hết thời hạn kỷ luật').nullable().default(null),
  note: optionalText('Ghi chú kỷ luật', 500),
});

export const personInputSchema = z.object({
  fullName: requiredName('Họ và tên', 200),
  sortName: z.string().overwrite(cleanName).trim().max(200).nullable().default(null),
  gender: oneOf(GENDERS, 'Giới tính'),
  birthYear: z
    .number({ error: 'Năm sinh phải là số.' })
    .int('Năm sinh phải là số nguyên.')
    .min(1900, 'Năm sinh không hợp lệ.')
    .max(2100, 'Năm sinh không hợp lệ.')
    .nullable()
    .default(null),
  /** Full date of birth for the achievement report (Mẫu 05); the birth year follows it when given. */
  birthDate: isoDate('Ngày sinh').nullable().default(null),
  /** Ngày mất: a province's title that is not awarded posthumously refuses the person (issue 20); null = living. */
  deathDate: isoDate('Ngày mất').nullable().default(null),
  position: optionalText('Chức vụ', 300),
  /** Quê quán, trú quán, trình độ: the "Sơ lược lý lịch" of the achievement report (NĐ 152/2025 Mẫu 05). */
  hometown: optionalText('Quê quán', 300),
  residence: optionalText('Trú quán', 300),
  education: optionalText('Trình độ chuyên môn, lý luận chính trị', 300),
  /** Cán bộ, công chức, viên chức are rated yearly; LĐTT criteria differ for others (Luật TĐKT 2022 Đ24). */
  isPublicServant: z.boolean().default(false),
  unitId: optionalId,
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+ .-]{0,20}$/, 'Số điện thoại chỉ gồm chữ số.')
    .default(''),
  ratings: z.array(yearRatingSchema).max(100).default([]),
  disciplines: z.array(disciplineSchema).max(50).default([]),
  note: optionalText('Ghi chú'),
});
export const personRecordSchema = recordSchema(personInputSchema, {
  ...searchFields,
  /** Records merged into this one ("Có thể trùng"): their audit stays under their own ids. */
  mergedFromIds: z.array(idSchema).max(100),
  /** Set on a record merged into another: it is archived and points at the record kept. */
  mergedIntoId: optionalId,
  /** People the clerk confirmed are not the same person, so they are not offered as duplicates again. */
  notDuplicateOfIds: z.array(idSchema).max(100),
});
export type PersonInput = z.input<typeof personInputSchema>;
/** The record-only fields of a person nobody has merged: for generators that write records directly. */
export const UNMERGED_PERSON = { mergedFromIds: [] as string[], mergedIntoId: null, notDuplicateOfIds: [] as string[] };
export type Person = z.output<typeof personRecordSchema>;

export const councilMemberInputSchema = z.object({
  personId: idSchema,
  role: oneOf(COUNCIL_ROLES, 'Vai trò trong Hội đồng'),
  termFrom: isoDate('Ngày bắt đầu nhiệm kỳ'),
  termTo: isoDate('Ngày kết thúc nhiệm kỳ').nullable().default(null),
  note: optionalText('Ghi chú'),
});
export const councilMemberRecordSchema = recordSchema(councilMemberInputSchema, {});
export type CouncilMemberInput = z.input<typeof councilMemberInputSchema>;
export type CouncilMember = z.output<typeof councilMemberRecordSchema>;

export const MOVEMENT_STATUSES = ['planned', 'active', 'closed'] as const;
export const MOVEMENT_FORMS = ['regular', 'thematic'] as const;
export const movementInputSchema = z.object({
  name: requiredName('Tên phong trào', 500),
  launchDocNumber: optionalText('Số văn bản phát động', 100),
  launchDocDate: isoDate('Ngày văn bản phát động').nullable().default(null),
  launchDocIssuer: optionalText('Cơ quan phát động', 300),
  periodFrom: isoDate('Ngày bắt đầu'),
  periodTo: isoDate('Ngày kết thúc').nullable().default(null),
  leadUnitId: optionalId,
  status: oneOf(MOVEMENT_STATUSES, 'Trạng thái phong trào').default('active'),
  description: optionalText('Nội dung'),
  /** Thường xuyên or chuyên đề (Luật TĐKT 2022 Điều 16). */
  form: oneOf(MOVEMENT_FORMS, 'Hình thức tổ chức phong trào').default('regular'),
  /** The parts of the Kế hoạch phát động (Luật TĐKT 2022 Điều 17.1); the document refuses an empty one. */
  plan: z
    .object({
      objectives: optionalText('Mục tiêu', 5000),
      scope: optionalText('Phạm vi', 5000),
      participants: optionalText('Đối tượng', 5000),
      contentAndCriteria: optionalText('Nội dung và tiêu chí', 10_000),
      timeline: optionalText('Thời gian', 5000),
      measures: optionalText('Biện pháp tổ chức thực hiện', 10_000),
    })
    .default({ objectives: '', scope: '', participants: '', contentAndCriteria: '', timeline: '', measures: '' }),
});
const movementRenameSchema = z.object({
  name: z.string().max(500),
  renamedAt: z.string().max(40),
  note: z.string().max(2000),
});
/** `nameHistory` keeps every earlier name: a renamed movement keeps its history (SPEC §1). */
export const movementRecordSchema = recordSchema(movementInputSchema, {
  nameHistory: z.array(movementRenameSchema).max(200),
});
export type MovementInput = z.input<typeof movementInputSchema>;
export type Movement = z.output<typeof movementRecordSchema>;

/**
 * Award history (lịch sử khen thưởng): one row per title or form received. `titleCode` is null for
 * forms the ward neither awards nor proposes (e.g. Bằng khen Thủ tướng); `titleLabel` always prints.
 * The issuer is kept as it was at the time (DOMAIN.md §1: never rewrite history).
 */
export const awardInputSchema = z.object({
  subjectKind: oneOf(SUBJECT_KINDS, 'Đối tượng'),
  personId: optionalId,
  unitId: optionalId,
  householdName: optionalName('Tên hộ gia đình', 200),
  householdAddress: optionalText('Địa chỉ hộ gia đình', 300),
  year: yearSchema('Năm khen thưởng'),
  titleCode: awardCodeSchema.nullable().default(null),
  titleLabel: requiredName('Danh hiệu/hình thức', 300),
  awardKind: oneOf(AWARD_KINDS, 'Loại hình khen thưởng').default('cong_trang'),
  decisionNo: optionalText('Số quyết định', 100),
  decisionDate: isoDate('Ngày quyết định').nullable().default(null),
  issuer: optionalText('Cơ quan ban hành', 300),
  nominationId: optionalId,
  note: optionalText('Ghi chú'),
});
export const awardRecordSchema = recordSchema(awardInputSchema, { subjectKey: z.string().max(500) });
export type AwardInput = z.input<typeof awardInputSchema>;
export type Award = z.output<typeof awardRecordSchema>;
