/**
 * The record schema of every table of the current schema version: what a stored row must look like.
 * Backup restore, exchange import and the demo loader validate rows against these before writing.
 */
import { z } from 'zod';
import type { TableName } from './db';
import {
  awardRecordSchema, blockRecordSchema, certificateImageRecordSchema, certificateIssueRecordSchema, certificatePrinterRecordSchema,
  certificateTemplateRecordSchema, councilMemberRecordSchema, criteriaSetRecordSchema, cultureReviewRecordSchema, documentRecordSchema,
  documentModelJson, goodDeedRecordSchema, isoDateTime, jsonValue, meetingRecordSchema, movementRecordSchema, nominationRecordSchema,
  personRecordSchema, pledgeRecordSchema, registrationRecordSchema, scoreSheetRecordSchema, unitRecordSchema, upwardDossierRecordSchema,
  wardProfileRecordSchema,
} from './schemas';

const auditRecordSchema = z
  .object({
    id: z.string().max(100),
    at: isoDateTime,
    actor: z.string().max(200),
    table: z.string().max(50),
    recordId: z.string().max(100),
    action: z.enum(['create', 'update', 'archive', 'delete', 'transition', 'restore', 'import']),
    // An entry's snapshots can hold a whole register row, issued model included.
    before: documentModelJson,
    after: documentModelJson,
    note: z.string().max(5000),
  })
  .strict();

export const TABLE_SCHEMAS: Record<TableName, z.ZodType> = {
  wardProfile: wardProfileRecordSchema,
  meta: z.object({ key: z.string().max(100), value: jsonValue }).strict(),
  blocks: blockRecordSchema,
  units: unitRecordSchema,
  people: personRecordSchema,
  councilMembers: councilMemberRecordSchema,
  movements: movementRecordSchema,
  awards: awardRecordSchema,
  nominations: nominationRecordSchema,
  criteriaSets: criteriaSetRecordSchema,
  scoreSheets: scoreSheetRecordSchema,
  goodDeeds: goodDeedRecordSchema,
  meetings: meetingRecordSchema,
  documents: documentRecordSchema,
  counters: z.object({ key: z.string().max(200), last: z.number().int().min(0).max(1_000_000) }).strict(),
  audit: auditRecordSchema,
  cultureReviews: cultureReviewRecordSchema,
  upwardDossiers: upwardDossierRecordSchema,
  certificateTemplates: certificateTemplateRecordSchema,
  certificateImages: certificateImageRecordSchema,
  certificatePrinters: certificatePrinterRecordSchema,
  certificates: certificateIssueRecordSchema,
  registrations: registrationRecordSchema,
  pledges: pledgeRecordSchema,
};

export const TABLE_LABELS: Record<TableName, string> = {
  wardProfile: 'Thông tin đơn vị',
  meta: 'Cài đặt',
  blocks: 'Khối thi đua',
  units: 'Đơn vị',
  people: 'Cá nhân',
  councilMembers: 'Thành viên Hội đồng',
  movements: 'Phong trào thi đua',
  awards: 'Lịch sử khen thưởng',
  nominations: 'Đề nghị khen thưởng',
  criteriaSets: 'Bộ tiêu chí',
  scoreSheets: 'Phiếu chấm điểm',
  goodDeeds: 'Người tốt, việc tốt',
  meetings: 'Phiên họp',
  documents: 'Sổ đăng ký văn bản',
  counters: 'Bộ đếm số văn bản',
  audit: 'Nhật ký thay đổi',
  cultureReviews: 'Bình xét Gia đình văn hóa',
  upwardDossiers: 'Hồ sơ gửi cấp trên',
  certificateTemplates: 'Mẫu giấy khen',
  certificateImages: 'Ảnh quốc huy, ảnh quét phôi',
  certificatePrinters: 'Máy in giấy khen',
  certificates: 'Sổ cấp phát giấy khen',
  registrations: 'Đăng ký thi đua',
  pledges: 'Giao ước thi đua',
};
