/**
 * Certificates (issue 17.1): the ward's templates (per award and recipient kind, boxes in mm), the
 * images it adds once (the national emblem, the scan of a pre-printed blank), its printers' offsets,
 * and the register of certificates issued (sổ cấp phát) with re-issues.
 */
import { z } from 'zod';
import { CERTIFICATE_FIELDS } from '../../domain/certificates';
import { awardCodeSchema } from './registers';
import { idSchema, isoDate, oneOf, optionalId, optionalText, recordSchema, requiredName, requiredText, yearSchema } from './common';

const SUBJECT_KINDS = ['person', 'unit', 'household'] as const;

function mm(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} phải là số (mm).` })
    .min(min, `${label} không được nhỏ hơn ${min} mm.`)
    .max(max, `${label} không được lớn hơn ${max} mm.`);
}

function pt(label: string) {
  return z.number({ error: `${label} phải là số.` }).min(5, `${label} ít nhất 5 pt.`).max(72, `${label} nhiều nhất 72 pt.`);
}

export const templateFieldSchema = z.object({
  key: oneOf(CERTIFICATE_FIELDS, 'Ô thông tin'),
  xMm: mm('Vị trí ngang', -500, 1000),
  yMm: mm('Vị trí dọc', -500, 1000),
  widthMm: mm('Chiều rộng ô', 1, 1000),
  heightMm: mm('Chiều cao ô', 1, 1000),
  sizePt: pt('Cỡ chữ'),
  minSizePt: pt('Cỡ chữ nhỏ nhất'),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  align: oneOf(['left', 'center'], 'Căn lề').default('center'),
  red: z.boolean().default(false),
});

export const certificateTemplateInputSchema = z.object({
  name: requiredName('Tên mẫu', 200),
  award: awardCodeSchema,
  subjectKind: oneOf(SUBJECT_KINDS, 'Đối tượng'),
  /** "TẶNG" / "TẶNG DANH HIỆU" on the colour certificate. */
  verb: optionalText('Dòng “Tặng”', 100),
  /** The big red heading of a form ("GIẤY KHEN"); empty for a title. */
  heading: optionalText('Tên hình thức in to', 100),
  pageWidthMm: mm('Chiều rộng phôi', 50, 500),
  pageHeightMm: mm('Chiều cao phôi', 50, 500),
  fields: z
    .array(templateFieldSchema)
    .min(1, 'Mẫu phải có ít nhất một ô thông tin.')
    .max(CERTIFICATE_FIELDS.length)
    .refine((fields) => new Set(fields.map((f) => f.key)).size === fields.length, 'Mỗi ô thông tin chỉ đặt một lần.'),
  /** The blank's scan shown under the fields in the editor (certificateImages). */
  scanImageId: optionalId,
});
export const certificateTemplateRecordSchema = recordSchema(certificateTemplateInputSchema, {});
export type CertificateTemplateInput = z.input<typeof certificateTemplateInputSchema>;
export type CertificateTemplate = z.output<typeof certificateTemplateRecordSchema>;

/**
 * An image stored as a data URL; under the backup reader's string cap (1,000,000 characters), so
 * every stored image survives a restore.
 */
export const IMAGE_MAX_CHARS = 990_000;
export const IMAGE_MIMES = ['image/png', 'image/jpeg'] as const;

export const certificateImageInputSchema = z.object({
    kind: oneOf(['emblem', 'blankScan'], 'Loại ảnh'),
    name: optionalText('Tên tệp ảnh', 300),
    mime: oneOf(IMAGE_MIMES, 'Định dạng ảnh (chỉ nhận PNG hoặc JPEG)'),
    dataUrl: z
      .string({ error: 'Ảnh không hợp lệ.' })
      .max(IMAGE_MAX_CHARS, 'Ảnh quá lớn (tối đa khoảng 700 KB): hãy quét ở 150 dpi hoặc lưu JPEG.')
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'Tệp không phải ảnh PNG hoặc JPEG.'),
    widthPx: z.number().int().min(1, 'Ảnh không có kích thước.').max(20_000),
    heightPx: z.number().int().min(1, 'Ảnh không có kích thước.').max(20_000),
});
export const certificateImageRecordSchema = recordSchema(certificateImageInputSchema, {});
export type CertificateImageInput = z.input<typeof certificateImageInputSchema>;
export type CertificateImage = z.output<typeof certificateImageRecordSchema>;

export const certificatePrinterInputSchema = z.object({
  name: requiredName('Tên máy in', 200),
  /** Measured on the calibration page: where this printer moves the page, corrected by shifting back. */
  dxMm: mm('Độ lệch ngang', -30, 30),
  dyMm: mm('Độ lệch dọc', -30, 30),
});
export const certificatePrinterRecordSchema = recordSchema(certificatePrinterInputSchema, {});
export type CertificatePrinterInput = z.input<typeof certificatePrinterInputSchema>;
export type CertificatePrinter = z.output<typeof certificatePrinterRecordSchema>;

/** One certificate printed (sổ cấp phát): the first issue, or a re-issue (cấp lại) with its reason. */
export const certificateIssueInputSchema = z.object({
  decisionId: idSchema,
  decisionNumberText: requiredText('Số quyết định', 100),
  decisionDate: isoDate('Ngày quyết định'),
  year: yearSchema('Năm quyết định'),
  /** Số sổ vàng: the recipient's order number in the decision's list. */
  order: z.number({ error: 'Số sổ vàng phải là số.' }).int().min(1, 'Số sổ vàng không hợp lệ.').max(100_000),
  recipientName: requiredName('Người, tập thể được khen', 300),
  subjectKind: oneOf(SUBJECT_KINDS, 'Đối tượng'),
  award: awardCodeSchema,
  output: oneOf(['colour', 'blank'], 'Cách in'),
  printerName: optionalText('Máy in', 200),
  /** The first issue of the same certificate, for a re-issue; null for the first issue. */
  reissueOfId: optionalId,
  reason: optionalText('Lý do cấp lại', 1000),
  handedTo: optionalText('Người nhận', 200),
  handedOn: isoDate('Ngày giao').nullable().default(null),
});
export const certificateIssueRecordSchema = recordSchema(certificateIssueInputSchema, {
  /** Who printed it (the signed-in user); when is createdAt. */
  printedBy: z.string().max(200),
});
export type CertificateIssueInput = z.input<typeof certificateIssueInputSchema>;
export type CertificateIssue = z.output<typeof certificateIssueRecordSchema>;
