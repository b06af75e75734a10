/** Schemas of criteria sets and score sheets (chấm điểm thi đua, SPEC §3, DOMAIN.md §7). */
import { z } from 'zod';
import type { CriteriaSetDefinition, CriterionNode } from '../../domain/scoring';
import { idSchema, optionalId, optionalText, recordSchema, requiredName, requiredText, yearSchema } from './common';

const points = z.number({ error: 'Điểm phải là số.' }).min(0, 'Điểm không được âm.').max(100_000, 'Điểm quá lớn.');

/** Mirrors the domain's CriterionNode; depth is bounded so a hostile file cannot nest without end. */
function criterionNodeSchema(depth: number): z.ZodType<CriterionNode> {
  return z.object({
    id: requiredText('Mã tiêu chí', 100),
    code: z.string().max(20).optional(),
    label: z.string().max(2000),
    kind: z.enum(['section', 'item', 'bonus', 'deduction'], { error: 'Loại tiêu chí không hợp lệ.' }),
    maxPoints: points.nullable(),
    children: depth > 0 ? z.array(criterionNodeSchema(depth - 1)).max(500).optional() : z.array(z.never()).max(0).optional(),
    guidance: z.string().max(5000).optional(),
  });
}

export const criteriaSetDefinitionSchema: z.ZodType<CriteriaSetDefinition> = z.object({
  name: requiredName('Tên bộ tiêu chí', 300),
  year: yearSchema('Năm áp dụng'),
  nodes: z.array(criterionNodeSchema(5)).max(500),
  bonusCap: points.nullable(),
  deductionCap: points.nullable(),
  coreSectionId: z.string().max(100).nullable(),
  classificationBands: z
    .array(z.object({ label: requiredName('Tên mức xếp loại', 100), minScore: points }))
    .min(1, 'Cần ít nhất một mức xếp loại.')
    .max(20)
    .optional(),
});

export const criteriaSetInputSchema = z.object({
  /** null: the set applies to every block of the year. */
  blockId: optionalId,
  definition: criteriaSetDefinitionSchema,
  note: optionalText('Ghi chú'),
});
export const criteriaSetRecordSchema = recordSchema(criteriaSetInputSchema, {
  /** Copied from the definition so sets are found by year and listed by name without parsing trees. */
  year: yearSchema(),
  name: z.string().max(300),
  /** Raised on every edit of the definition, and by each revision of a locked set. */
  revision: z.number().int().min(1),
  /** A set in use is locked: it changes only by a revision with a logged reason (SPEC §3: it keeps its history). */
  locked: z.boolean(),
  copiedFromId: optionalId,
});
export type CriteriaSetInput = z.input<typeof criteriaSetInputSchema>;
export type CriteriaSet = z.output<typeof criteriaSetRecordSchema>;

/** A score with at most two decimals (88,25), or null when not yet scored; maxima are checked per item. */
const score = points
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'Điểm chỉ được có tối đa 2 chữ số thập phân.')
  .nullable();

/** The domain's ScoreEntry, stored as is so totals are computed without conversion. */
export const scoreEntrySchema = z.object({
  criterionId: requiredText('Mã tiêu chí', 100),
  selfScore: score.default(null),
  councilScore: score.default(null),
  evidence: optionalText('Minh chứng', 2000),
});

export const scoreSheetInputSchema = z.object({
  setId: idSchema,
  unitId: idSchema,
  entries: z.array(scoreEntrySchema).max(1000).default([]),
  note: optionalText('Ghi chú'),
});
export const scoreSheetRecordSchema = recordSchema(scoreSheetInputSchema, {
  /**
   * The set's revision the sheet was last scored on. Absent on sheets written before revisions of a
   * locked set existed: those were scored on the set's current revision, and a revision stamps them first.
   */
  revision: z.number().int().min(1).optional(),
});
export type ScoreSheetInput = z.input<typeof scoreSheetInputSchema>;
export type ScoreSheet = z.output<typeof scoreSheetRecordSchema>;
