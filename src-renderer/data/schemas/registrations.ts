/**
 * Registrations (đăng ký thi đua) of a unit for a year, and a block's giao ước thi đua. Both are
 * practice the provinces keep, not a legal condition: Luật TĐKT 2022 Điều 7 grounds a title on the
 * movement, the achievement and the title's standards, so nothing here ever decides a verdict.
 */
import { z } from 'zod';
import { idSchema, isoDate, oneOf, optionalId, optionalText, recordSchema, requiredName, yearSchema } from './common';
import { titleCodeSchema } from './registers';

export const REGISTRATION_STATES = ['draft', 'received', 'returned'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** One title a unit registers for one of its people or collectives (or itself). */
export const registrationEntrySchema = z.object({
  subjectKind: oneOf(['person', 'collective'] as const, 'Đối tượng đăng ký'),
  /** The person in the register, when the name was matched to one. */
  personId: optionalId,
  name: requiredName('Họ và tên / Tên tập thể', 200),
  titleCode: titleCodeSchema,
});
export type RegistrationEntry = z.output<typeof registrationEntrySchema>;

/** Up to 3 MB of file: a unit meeting's minutes, scanned or typed. */
export const MAX_ATTACHED_FILE_BYTES = 3_000_000;

/** A file kept in the record itself, so a backup or the office hub carries it with the registration. */
export const attachedFileSchema = z.object({
  name: requiredName('Tên tệp', 255),
  mediaType: z.string().max(200),
  size: z.number().int().min(1, 'Tệp đính kèm trống.').max(MAX_ATTACHED_FILE_BYTES, 'Tệp đính kèm quá 3 MB.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Mã kiểm tra của tệp không hợp lệ.'),
  base64: z.string().max(Math.ceil(MAX_ATTACHED_FILE_BYTES / 3) * 4 + 4),
});
export type AttachedFile = z.output<typeof attachedFileSchema>;

export const registrationInputSchema = z.object({
  unitId: idSchema,
  year: yearSchema('Năm đăng ký'),
  entries: z.array(registrationEntrySchema).max(5000, 'Một bản đăng ký có tối đa 5.000 dòng.').default([]),
  commitments: optionalText('Nội dung cam kết', 5000),
  /** Biên bản họp đơn vị bàn việc đăng ký. */
  minutes: attachedFileSchema.nullable().default(null),
  state: oneOf(REGISTRATION_STATES, 'Tình trạng bản đăng ký').default('draft'),
  receivedOn: isoDate('Ngày nhận').nullable().default(null),
  returnReason: optionalText('Lý do trả lại', 1000),
  note: optionalText('Ghi chú'),
});
export const registrationRecordSchema = recordSchema(registrationInputSchema, {});
export type RegistrationInput = z.input<typeof registrationInputSchema>;
export type Registration = z.output<typeof registrationRecordSchema>;

/** Giao ước thi đua of a block for a year: the units that sign it and the criteria set they agree. */
export const pledgeInputSchema = z.object({
  blockId: idSchema,
  year: yearSchema('Năm giao ước'),
  criteriaSetId: optionalId,
  signedOn: isoDate('Ngày ký giao ước').nullable().default(null),
  signingUnitIds: z.array(idSchema).max(1000).default([]),
  content: optionalText('Nội dung giao ước', 10_000),
  note: optionalText('Ghi chú'),
});
export const pledgeRecordSchema = recordSchema(pledgeInputSchema, {});
export type PledgeInput = z.input<typeof pledgeInputSchema>;
export type Pledge = z.output<typeof pledgeRecordSchema>;
