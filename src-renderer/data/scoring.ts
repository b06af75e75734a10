/**
 * Criteria sets and score sheets (SPEC §3). A set is locked once a unit is scored on it; from then on
 * it changes only by a revision with a logged reason, and each sheet records the revision it was
 * scored on, so the set keeps its history. Every score edit is logged with old and new value.
 */
import { entriesInTableOrder, flattenCriteria, isLeaf, validateCriteriaSet, validateScore } from '../domain/scoring';
import type { CriteriaSetDefinition, CriterionNode, ScoreEntry } from '../domain/scoring';
import { deepNfc } from '../domain/text';
import { writeAudit } from './audit';
import type { ThiDuaDb } from './db';
import { RefusedError, ValidationError } from './errors';
import type { ValidationIssue } from './errors';
import { nowIso } from './ids';
import { defineRepository, parseWith, requireRecord, writeRecord, writeTransaction } from './repository';
import { criteriaSetInputSchema, criteriaSetRecordSchema, scoreEntrySchema, scoreSheetInputSchema, scoreSheetRecordSchema } from './schemas';
import type { CriteriaSet, ScoreSheet, Unit } from './schemas';

function definitionIssues(definition: CriteriaSetDefinition): ValidationIssue[] {
  return validateCriteriaSet(definition)
    .filter((i) => i.severity === 'error')
    .map((i) => ({ path: i.nodeId ? `definition.${i.nodeId}` : 'definition', message: i.message }));
}

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
  pointsTo: (input) => [{ path: 'blockId', table: 'blocks', id: input.blockId, label: 'Khối thi đua' }],
  check: async (_db, input, previous) => {
    if (previous?.locked) {
      throw new RefusedError('locked', 'Bộ tiêu chí đã được dùng để chấm điểm nên không sửa trực tiếp được; hãy dùng “Sửa đổi bộ tiêu chí” và ghi lý do.');
    }
    return definitionIssues(input.definition);
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
  // A new sheet is scored on the set's revision of today; later score writes keep it current.
  derive: async (input, previous, db) => {
    if (previous) return {};
    const set = await db.criteriaSets.get(input.setId);
    return set ? { revision: set.revision } : {};
  },
  pointsTo: (input) => [
    { path: 'setId', table: 'criteriaSets', id: input.setId, label: 'Bộ tiêu chí' },
    { path: 'unitId', table: 'units', id: input.unitId, label: 'Đơn vị' },
  ],
  check: async (db, input, previous) => {
    const set = await db.criteriaSets.get(input.setId);
    const issues = set ? scoreIssues(set, input.entries) : [];
    const twin = await db.scoreSheets.where('[setId+unitId]').equals([input.setId, input.unitId]).first();
    if (twin && twin.id !== previous?.id) issues.push({ path: 'unitId', message: 'Đơn vị này đã có phiếu chấm theo bộ tiêu chí này.' });
    return issues;
  },
  references: [{ table: 'documents', index: 'sourceIds', key: (id) => id, label: 'văn bản' }],
});

/** A set in use is locked (SPEC §3): it changes only by a revision from now on. */
async function lockSet(db: ThiDuaDb, set: CriteriaSet): Promise<void> {
  if (set.locked) return;
  await writeRecord(db, criteriaSetRepo.def, set, { ...set, locked: true, updatedAt: nowIso() }, 'update', 'Khóa bộ tiêu chí khi bắt đầu chấm điểm.');
}

/** Opens a unit's score sheet on a set and locks the set (it is now in use). */
export function createScoreSheet(db: ThiDuaDb, setId: string, unitId: string, options: { demo?: boolean } = {}): Promise<ScoreSheet> {
  return writeTransaction(db, async () => {
    const sheet = await scoreSheetRepo.create(db, { setId, unitId }, options);
    await lockSet(db, await requireRecord<CriteriaSet>(db, 'criteriaSets', setId, 'bộ tiêu chí'));
    return sheet;
  });
}

export type ScoreField = 'selfScore' | 'councilScore' | 'evidence';
export type ScoreChanges = Partial<Pick<ScoreEntry, ScoreField>>;

const emptyEntry = (criterionId: string): ScoreEntry => ({ criterionId, selfScore: null, councilScore: null, evidence: '' });

/**
 * One cell applied to a sheet's entries: the entries with it, and its old and new value; or the
 * reasons it is refused, with paths relative to the entry ("councilScore").
 */
function applyCell(
  set: CriteriaSet,
  entries: readonly ScoreEntry[],
  criterionId: string,
  changes: ScoreChanges,
): { entries: ScoreEntry[]; before: ScoreEntry; after: ScoreEntry } | { issues: ValidationIssue[] } {
  const before = entries.find((e) => e.criterionId === criterionId) ?? emptyEntry(criterionId);
  const parsed = scoreEntrySchema.safeParse(deepNfc({ ...before, ...changes }));
  if (!parsed.success) return { issues: ValidationError.fromZod(parsed.error).issues };
  const after = parsed.data;
  const issues = scoreIssues(set, [after]);
  if (issues.length > 0) return { issues: issues.map((i) => ({ ...i, path: i.path.replace(/^entries\.0\./, '') })) };
  const next = entries.some((e) => e.criterionId === criterionId)
    ? entries.map((e) => (e.criterionId === criterionId ? after : e))
    : [...entries, after];
  return { entries: next, before, after };
}

/** Stores a sheet's new entries on the set's current revision, auditing each cell with its old and new value. */
async function writeEntries(
  db: ThiDuaDb,
  set: CriteriaSet,
  sheet: ScoreSheet,
  entries: ScoreEntry[],
  cells: readonly { before: ScoreEntry; after: ScoreEntry }[],
): Promise<ScoreSheet> {
  const next: ScoreSheet = parseWith(scoreSheetRecordSchema, {
    ...sheet, entries: entriesInTableOrder(set.definition, entries), revision: set.revision, updatedAt: nowIso(), version: sheet.version + 1,
  });
  await db.scoreSheets.put(next);
  for (const { before, after } of cells) {
    await writeAudit(db, { table: 'scoreSheets', recordId: sheet.id, action: 'update', before, after, note: `Sửa điểm tiêu chí ${after.criterionId}.` });
  }
  return next;
}

/**
 * Sets one cell of a sheet. The audit entry holds just that cell's old and new value, so the score
 * history of an item reads directly from the log.
 */
export function setScore(db: ThiDuaDb, sheetId: string, criterionId: string, changes: ScoreChanges): Promise<ScoreSheet> {
  return writeTransaction(db, async () => {
    const sheet = await requireRecord<ScoreSheet>(db, 'scoreSheets', sheetId, 'phiếu chấm điểm');
    const set = await requireRecord<CriteriaSet>(db, 'criteriaSets', sheet.setId, 'bộ tiêu chí');
    const applied = applyCell(set, sheet.entries, criterionId, changes);
    if ('issues' in applied) throw new ValidationError(applied.issues);
    return writeEntries(db, set, sheet, applied.entries, [applied]);
  });
}

/** One cell of a unit's sheet on a set, as the score grid writes it. */
export interface ScoreCell {
  unitId: string;
  criterionId: string;
  changes: ScoreChanges;
}

/**
 * Writes cells of many units on one set in ONE transaction, creating the sheets it needs (which locks
 * the set): all or nothing. Every cell is checked first; if any is refused, nothing is written and the
 * error lists each refused cell by unit ("Tổ dân phố 3: Điểm của … vượt quá điểm chuẩn 10."). Each
 * cell is audited with its old and new value, as setScore does.
 */
export function setScores(db: ThiDuaDb, setId: string, cells: readonly ScoreCell[]): Promise<ScoreSheet[]> {
  return writeTransaction(db, async () => {
    const set = await requireRecord<CriteriaSet>(db, 'criteriaSets', setId, 'bộ tiêu chí');
    const unitIds = [...new Set(cells.map((c) => c.unitId))];
    const units = new Map<string, Unit>();
    for (const u of await db.units.bulkGet(unitIds)) if (u) units.set(u.id, u);
    const existing = await db.scoreSheets.where('[setId+unitId]').anyOf(unitIds.map((u) => [setId, u])).toArray();
    const plans = new Map<string, { entries: ScoreEntry[]; cells: { before: ScoreEntry; after: ScoreEntry }[] }>();
    const issues: ValidationIssue[] = [];
    cells.forEach((cell, i) => {
      const unit = units.get(cell.unitId);
      if (!unit) {
        issues.push({ path: `cells.${i}.unitId`, message: 'Đơn vị không tồn tại (có thể đã bị xóa).' });
        return;
      }
      const plan = plans.get(unit.id) ?? { entries: existing.find((s) => s.unitId === unit.id)?.entries ?? [], cells: [] };
      const applied = applyCell(set, plan.entries, cell.criterionId, cell.changes);
      if ('issues' in applied) {
        issues.push(...applied.issues.map((issue) => ({ path: `cells.${i}.${issue.path}`, message: `${unit.name}: ${issue.message}` })));
        return;
      }
      plans.set(unit.id, { entries: applied.entries, cells: [...plan.cells, applied] });
    });
    if (issues.length > 0) throw new ValidationError(issues);
    const written: ScoreSheet[] = [];
    for (const [unitId, plan] of plans) {
      const sheet = existing.find((s) => s.unitId === unitId) ?? (await scoreSheetRepo.create(db, { setId, unitId }));
      written.push(await writeEntries(db, set, sheet, plan.entries, plan.cells));
    }
    await lockSet(db, set);
    return written;
  });
}

const isBlank = (e: ScoreEntry) => e.selfScore === null && e.councilScore === null && (e.evidence ?? '').trim() === '';

/**
 * Revises a locked set in place (SPEC §3: a set in use keeps its history): revision + 1, the reason in
 * the audit log. Sheets keep the revision they were scored on; the scores they hold must still fit the
 * revised criteria (a removed item that was scored, a maximum below a given score), else nothing changes
 * and the error lists each conflict. Blank entries of removed items are dropped.
 */
export function reviseCriteriaSet(db: ThiDuaDb, id: string, definition: CriteriaSetDefinition, reason: string): Promise<CriteriaSet> {
  return writeTransaction(db, async () => {
    const previous = await requireRecord<CriteriaSet>(db, 'criteriaSets', id, 'bộ tiêu chí');
    if (!previous.locked) throw new RefusedError('conflict', 'Bộ tiêu chí chưa được dùng để chấm điểm: hãy sửa và lưu trực tiếp.');
    const why = reason.normalize('NFC').trim();
    if (!why) throw new ValidationError([{ path: 'reason', message: 'Phải ghi lý do sửa đổi bộ tiêu chí.' }]);
    const input = parseWith(criteriaSetInputSchema, { blockId: previous.blockId, note: previous.note, definition });
    if (input.definition.year !== previous.year) {
      throw new ValidationError([{ path: 'definition.year', message: 'Sửa đổi không đổi được năm áp dụng; hãy sao chép bộ tiêu chí sang năm khác.' }]);
    }
    const structural = definitionIssues(input.definition);
    if (structural.length > 0) throw new ValidationError(structural);

    const revised: CriteriaSet = { ...previous, definition: input.definition, name: input.definition.name, revision: previous.revision + 1, updatedAt: nowIso() };
    const leaves = leafById(revised);
    const sheets = await db.scoreSheets.where('setId').equals(id).toArray();
    const units = new Map<string, Unit>();
    for (const u of await db.units.bulkGet(sheets.map((s) => s.unitId))) if (u) units.set(u.id, u);
    const oldLeaves = leafById(previous);
    const kept = sheets.map((sheet) => sheet.entries.filter((e) => leaves.has(e.criterionId) || !isBlank(e)));
    const conflicts = sheets.flatMap((sheet, i) => {
      const unit = units.get(sheet.unitId)?.name ?? 'Đơn vị đã xóa';
      const removed = kept[i].filter((e) => !leaves.has(e.criterionId));
      return [
        ...removed.map((e) => `${unit}: tiêu chí “${oldLeaves.get(e.criterionId)?.label ?? e.criterionId}” đã được chấm nên không bỏ được.`),
        ...scoreIssues(revised, kept[i].filter((e) => leaves.has(e.criterionId))).map((issue) => `${unit}: ${issue.message}`),
      ].map((message) => ({ path: `scoreSheets.${sheet.id}`, message }));
    });
    if (conflicts.length > 0) throw new ValidationError(conflicts);

    for (const [i, sheet] of sheets.entries()) {
      if (sheet.revision !== undefined && kept[i].length === sheet.entries.length) continue;
      await writeRecord(
        db,
        scoreSheetRepo.def,
        sheet,
        { ...sheet, entries: kept[i], revision: sheet.revision ?? previous.revision, updatedAt: nowIso() },
        'update',
        `Giữ phiếu chấm theo lần sửa ${sheet.revision ?? previous.revision} trước khi sửa đổi bộ tiêu chí.`,
      );
    }
    return writeRecord(db, criteriaSetRepo.def, previous, revised, 'update', `Sửa đổi bộ tiêu chí đã khóa (lần sửa ${revised.revision}). Lý do: ${why}`);
  });
}
