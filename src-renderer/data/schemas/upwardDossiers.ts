/**
 * The dossier sent upward for one title of one council meeting (SPEC §11): the package last made
 * (its manifest), whether it was marked "Sẵn sàng gửi", and the signed PDFs brought back. The app
 * never signs: a signed file is recorded by its hash against the number of the document it signs.
 */
import { z } from 'zod';
import { idSchema, isoDate, isoDateTime, oneOf, optionalText, recordSchema, requiredText } from './common';
import { MAX_ATTACHMENTS } from '../../domain/upwardDossier';
import { awardCodeSchema } from './registers';
import { attachedFileSchema } from './registrations';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/u, 'Mã băm SHA-256 không hợp lệ.');

export const manifestRowSchema = z.strictObject({
  part: requiredText('Thành phần', 300),
  file: requiredText('Tên tệp', 200),
  number: optionalText('Số, ký hiệu', 100),
  date: z.union([isoDate('Ngày văn bản'), z.literal('')]),
  signer: optionalText('Người ký', 500),
  sha256,
});

export const signedFileSchema = z.strictObject({
  documentId: idSchema,
  /** The number of the document it signs, as issued (paper and electronic share it, NĐ 30/2020 Đ15.1). */
  numberText: optionalText('Số, ký hiệu', 100),
  fileName: requiredText('Tên tệp', 300),
  size: z.number().int().min(1).max(200 * 1024 * 1024),
  sha256,
  recordedAt: isoDateTime,
  recordedBy: requiredText('Người ghi nhận', 200),
});
export type SignedFile = z.output<typeof signedFileSchema>;

export const upwardPackageSchema = z.strictObject({
  madeAt: isoDateTime,
  madeBy: requiredText('Người lập gói', 200),
  format: oneOf(['wordAndPdf', 'pdf', 'paper'], 'Hình thức gửi'),
  paperCopies: z.number().int().min(0).max(20),
  files: z.array(manifestRowSchema).max(500),
});
export type UpwardPackageRecord = z.output<typeof upwardPackageSchema>;

export const upwardDossierInputSchema = z.object({
  meetingId: idSchema,
  titleCode: awardCodeSchema,
  status: oneOf(['draft', 'ready'], 'Trạng thái hồ sơ').default('draft'),
  readyAt: isoDateTime.nullable().default(null),
  readyBy: optionalText('Người xác nhận', 200),
  lastPackage: upwardPackageSchema.nullable().default(null),
  signed: z.array(signedFileSchema).max(500).default([]),
  /**
   * Other files the ward adds (an initiative's certification, a tax confirmation…), kept in the record
   * itself like a registration's minutes, so a backup and the office hub carry them; in the package's order.
   */
  attachments: z.array(attachedFileSchema).max(MAX_ATTACHMENTS, `Một hồ sơ có tối đa ${MAX_ATTACHMENTS} tài liệu kèm theo.`).default([]),
});
export const upwardDossierRecordSchema = recordSchema(upwardDossierInputSchema, {});
export type UpwardDossierInput = z.input<typeof upwardDossierInputSchema>;
export type UpwardDossier = z.output<typeof upwardDossierRecordSchema>;
