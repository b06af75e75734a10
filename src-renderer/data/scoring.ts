/**
 * Criteria sets and score sheets (SPEC §3). A set is locked once a unit is scored on it, so a score
 * always refers to the criteria it was given on; every score edit is logged with old and new value.
 */
import { flattenCriteria, isLeaf, validateCriteriaSet, validateScore } from '../domain/scoring';
import type { CriterionNode, ScoreEntry } from '../domain/scoring';
import { writeAudit } from './audit';
import type { ThiDuaDb } from './db';
import { RefusedError, ValidationError } from './errors';
import type { ValidationIssue } from './errors';
import { nowIso } from './ids';
import { defineRepository, missingReferences, parseWith, requireRecord, writeRecord, writeTransaction } from './repository';
import { criteriaSetInputSchema, criteriaSetRecordSchema, scoreEntrySchema, scoreSheetInputSchema, scoreSheetRecordSchema } from './schemas';
import type { CriteriaSet, ScoreSheet } from './schemas';

export const criteriaSetRepo = defineRepository({
  table: 'criteriaSets',
  label: 'bộ tiêu chí',
  input: criteriaSetInputSchema,
  record: criteriaSetRecordSchema,
  derive: (input, previous) => ({
    year: input.definition.year,
    name: input.definition.name,
    revision: previous ? previous.revision + 1 : 1,
    locked: previous?.locked ?? false,
    copiedFromId: previous?.copiedFromId ?? null,
  }),
  check: async (db, input, previous) => {
    if (previous?.locked) {
      throw new RefusedError('locked', 'Bộ tiêu chí đã được dùng để chấm điểm nên không sửa được; hãy sao chép thành bộ mới rồi sửa.');
    }
    const issues: ValidationIssue[] = validateCriteriaSet(input.definition)
      .filter((i) => i.severity === 'error')
      .map((i) => ({ path: i.nodeId ? `definition.${i.nodeId}` : 'definition', message: i.message }));
    return [...issues, ...(await missingReferences(db, [{ path: 'blockId', table: 'blocks', id: input.blockId, label: 'Khối thi đua' }]))];
  },
  references: [{ table: 'scoreSheets', index: 'setId', key: (id) => id, label: 'phiếu chấm điểm' }],
});

/** Copies a set to another year (e.g. from last year) as a new, unlocked revision 1 to edit. */
export function copyCriteriaSet(db: ThiDuaDb, fromId: string, toYear: number): Promise<CriteriaSet> {
  return writeTransaction(db, async () => {
    const source = await requireRecord<CriteriaSet>(db, 'criteriaSets', fromId, 'bộ tiêu chí');
    const copy = await criteriaSetRepo.create(
      db,
      { blockId: source.blockId, note: source.note, definition: { ...source.definition, year: toYear } },
      { note: `Sao chép từ “${source.name}” năm ${source.year}.` },
    );
    return writeRecord(db, criteriaSetRepo.def, copy, { ...copy, copiedFromId: source.id }, 'update');
  });
}

function leafById(set: CriteriaSet): Map<string, CriterionNode> {
  return new Map(flattenCriteria(set.definition.nodes).filter(isLeaf).map((n) => [n.id, n]));
}

function scoreIssues(set: CriteriaSet, entries: readonly ScoreEntry[]): ValidationIssue[] {
  const leaves = leafById(set);
  const issues: ValidationIssue[] = [];
  entries.forEach((entry, i) => {
    const node = leaves.get(entry.criterionId);
    if (!node) {
      issues.push({ path: `entries.${i}.criterionId`, message: `Tiêu chí ${entry.criterionId} không có trong bộ tiêu chí.` });
      return;
    }
    for (const [field, value] of [['selfScore', entry.selfScore], ['councilScore', entry.councilScore]] as const) {
      const check = value === null ? null : validateScore(value, node);
      if (check && !check.ok) issues.push({ path: `entries.${i}.${field}`, message: check.message });
    }
  });
  return issues;
}

export const scoreSheetRepo = defineRepository({
  table: 'scoreSheets',
  label: 'phiếu chấm điểm',
  input: scoreSheetInputSchema,
  record: scoreSheetRecordSchema,
  derive: () => ({}),
  check: async (db, input, previous) => {
    const set = await db.criteriaSets.get(input.setId);
    if (!set) return [{ path: 'setId', message: 'Bộ tiêu chí không tồn tại (có thể đã bị xóa).' }];
    const issues = [
      ...(await missingReferences(db, [{ path: 'unitId', table: 'units', id: input.unitId, label: 'Đơn vị' }])),
      ...scoreIssues(set, input.entries),
    ];
    const twin = await db.scoreSheets.where('[setId+unitId]').equals([input.setId, input.unitId]).first();
    if (twin && twin.id !== previous?.id) issues.push({ path: 'unitId', message: 'Đơn vị này đã có phiếu chấm theo bộ tiêu chí này.' });
    return issues;
  },
  references: [{ table: 'documents', index: 'sourceIds', key: (id) => id, label: 'văn bản' }],
});

/** Opens a unit's score sheet on a set and locks the set (it is now in use). */
export function createScoreSheet(db: ThiDuaDb, setId: string, unitId: string, options: { demo?: boolean } = {}): Promise<ScoreSheet> {
  return writeTransaction(db, async () => {
    const sheet = await scoreSheetRepo.create(db, { setId, unitId }, options);
    const set = await requireRecord<CriteriaSet>(db, 'criteriaSets', setId, 'bộ tiêu chí');
    if (!set.locked) {
      await writeRecord(db, criteriaSetRepo.def, set, { ...set, locked: true, updatedAt: nowIso() }, 'update', 'Khóa bộ tiêu chí khi bắt đầu chấm điểm.');
    }
    return sheet;
  });
}

export type ScoreField = 'selfScore' | 'councilScore' | 'evidence';

/**
 * Sets one cell of a sheet. The audit entry holds just that cell's old and new value, so the score
 * history of an item reads directly from the log.
 */
export function setScore(
  db: ThiDuaDb,
  sheetId: string,
  criterionId: string,
  changes: Partial<Pick<ScoreEntry, ScoreField>>,
): Promise<ScoreSheet> {
  return writeTransaction(db, async () => {
    const sheet = await requireRecord<ScoreSheet>(db, 'scoreSheets', sheetId, 'phiếu chấm điểm');
    const set = await requireRecord<CriteriaSet>(db, 'criteriaSets', sheet.setId, 'bộ tiêu chí');
    const old = sheet.entries.find((e) => e.criterionId === criterionId) ?? { criterionId, selfScore: null, councilScore: null, evidence: '' };
    const entry = parseWith(scoreEntrySchema, { ...old, ...changes });
    const issues = scoreIssues(set, [entry]);
    if (issues.length > 0) throw new ValidationError(issues.map((i) => ({ ...i, path: i.path.replace(/^entries\.0\./, '') })));
    const entries = sheet.entries.some((e) => e.criterionId === criterionId)
      ? sheet.entries.map((e) => (e.criterionId === criterionId ? entry : e))
      : [...sheet.entries, entry];
    const next = { ...sheet, entries, updatedAt: nowIso() };
    await db.scoreSheets.put(parseWith(scoreSheetRecordSchema, next));
    await writeAudit(db, { table: 'scoreSheets', recordId: sheetId, action: 'update', before: old, after: entry, note: `Sửa điểm tiêu chí ${criterionId}.` });
    return next;
  });
}
