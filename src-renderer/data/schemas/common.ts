/**
 * Building blocks shared by every entity schema: Vietnamese messages that name the field, ISO civil
 * dates, ids and the fields every stored record carries. Forms reuse these schemas through
 * @hookform/resolvers/zod, so the messages are written for the person typing.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../../domain/dates';
import { cleanName } from '../../domain/text';
import { vietnameseIssue } from './messages';

// Fallback for anything not given its own message below: the field's screen name and what is wrong,
// never zod's own wording ("mong đợi string") or the field's identifier.
z.config({ localeError: vietnameseIssue });

/** Record ids: UUIDs from crypto.randomUUID(), or the generator's deterministic ids; never free text. */
export const idSchema = z
  .string({ error: 'Mã bản ghi không hợp lệ.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Mã bản ghi không hợp lệ.');

export const optionalId = idSchema.nullable().default(null);

/** Free text keeps every character; a name or title loses invisible controls first (cleanName). */
type TextKind = 'text' | 'name';

function textSchema(label: string, max: number, kind: TextKind) {
  const text = z.string({ error: `${label} phải là văn bản.` });
  return (kind === 'name' ? text.overwrite(cleanName) : text).trim().max(max, `${label} không được dài quá ${max} ký tự.`);
}

export function requiredText(label: string, max = 500, kind: TextKind = 'text') {
  return textSchema(label, max, kind).min(1, `${label} không được để trống.`);
}

export function optionalText(label: string, max = 2000, kind: TextKind = 'text') {
  return textSchema(label, max, kind).default('');
}

/** A name or title (of a person, household, unit, block, movement, document…): shown as stored. */
export const requiredName = (label: string, max = 200) => requiredText(label, max, 'name');
export const optionalName = (label: string, max = 200) => optionalText(label, max, 'name');

/** Civil date "YYYY-MM-DD" that exists in the calendar (no Date objects are stored). */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} phải là ngày dạng năm-tháng-ngày.` })
    .refine(isValidIsoDate, `${label} không phải là ngày hợp lệ.`);
}

/** Month "YYYY-MM" of a monthly report. */
export function isoMonth(label: string) {
  return z
    .string({ error: `${label} phải có dạng năm-tháng.` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${label} phải có dạng năm-tháng, ví dụ 2026-03.`);
}

/** Caps of a JSON snapshot: every array and every string, at any depth. */
export interface JsonLimits {
  maxArrayLength: number;
  maxStringLength: number;
}

/** Any JSON value within `limits`; nesting depth is capped by the file reader (fileFormat.ts) before this runs. */
export function boundedJson(limits: JsonLimits): z.ZodType<unknown> {
  const value: z.ZodType<unknown> = z.lazy(() =>
    z.union([
      z.string().max(limits.maxStringLength),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(value).max(limits.maxArrayLength),
      z.record(z.string().max(200), value),
    ]),
  );
  return value;
}

/** Snapshots whose shape the domain owns (settings, eligibility): small by nature. */
export const jsonValue = boundedJson({ maxArrayLength: 2000, maxStringLength: 20_000 });

/**
 * An issued document's model: a big ward's decision list has thousands of rows (3,000 nominations a
 * year), and a long achievement summary can pass 20,000 characters. The string cap stays well below
 * the backup reader's (BACKUP_LIMITS.maxStringLength), so every stored model survives a restore.
 */
export const DOCUMENT_MODEL_LIMITS: JsonLimits = { maxArrayLength: 20_000, maxStringLength: 200_000 };
export const documentModelJson = boundedJson(DOCUMENT_MODEL_LIMITS);

export const isoDateTime = z
  .string({ error: 'Thời điểm không hợp lệ.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'Thời điểm không hợp lệ.');

export function yearSchema(label = 'Năm') {
  return z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(1945, `${label} không hợp lệ.`)
    .max(2100, `${label} không hợp lệ.`);
}

export function count(label: string) {
  return z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(1_000_000, `${label} quá lớn.`);
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `${label} không hợp lệ.` });
}

/** Fields every stored record carries besides its own; `archived` and `demo` are 0/1 so they can be indexed. */
export const baseRecordShape = {
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  archived: z.union([z.literal(0), z.literal(1)]),
  demo: z.literal(1).optional(),
  version: z.number().int().min(1),
};

export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  archived: 0 | 1;
  /** Present only on records loaded with the demo ward, so removing the demo deletes exactly those. */
  demo?: 1;
  /**
   * 1 on create, +1 on every write through the repository (writeRecord). An update names the version
   * it was read at, so a stale form in a second window is refused instead of overwriting (schema v2).
   */
  version: number;
}

/** A stored record's schema: the entity's input schema plus the base fields and its derived fields. */
export function recordSchema<Shape extends z.ZodRawShape, Derived extends z.ZodRawShape>(
  input: z.ZodObject<Shape>,
  derived: Derived,
) {
  return input.extend(baseRecordShape).extend(derived).strict();
}
